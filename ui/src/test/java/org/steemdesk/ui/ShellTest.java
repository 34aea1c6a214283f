package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window's shell: keyboard shortcuts, where they are shown, and one name per page. */
class ShellTest extends OfflineDesktopTest {
    private static final List<String> NAV_IDS = List.of("#feedNav", "#walletNav", "#curationNav", "#keysNav",
            "#settingsNav");

    ShellTest() {
        super(Page.FEED);
    }

    @Test
    void controlAndADigitOpenThePagesInTheNavigationsOrder(FxRobot robot) {
        var digits = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5);
        for (int i = digits.size() - 1; i >= 0; i--) {
            robot.push(KeyCode.CONTROL, digits.get(i));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(desktop.settings.pageProperty().get()).isEqualTo(Page.values()[i]);
            assertThat(robot.lookup(NAV_IDS.get(i)).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void controlLLocksTheVault(FxRobot robot) throws Exception {
        desktop.session.create("a vault password".toCharArray()).get();
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED);
        robot.push(KeyCode.CONTROL, KeyCode.L);
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.LOCKED);
        // Locked, Ctrl+L does nothing (it never unlocks).
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.session.stateProperty().get()).isEqualTo(VaultSession.State.LOCKED);
    }

    @Test
    void controlRRefreshesThePageShown(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        // The settings page's refresh is its node check: the shortcut clicks that button, nothing else.
        var clicks = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            var check = robot.lookup("#checkNodes").queryButton();
            var action = check.getOnAction();
            check.setOnAction(e -> {
                clicks.incrementAndGet();
                action.handle(e);
            });
        });
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicks).hasValue(1);
        await(() -> !robot.lookup("#checkNodes").queryButton().isDisabled());
    }

    @Test
    void theShortcutsAreShownOnTheNavigationAndInSettings(FxRobot robot) {
        var tooltips = NAV_IDS.stream().map(id -> robot.lookup(id).queryAs(ToggleButton.class).getTooltip().getText())
                .toList();
        assertThat(tooltips).containsExactly("Open Feed (Ctrl+1)", "Open Wallet (Ctrl+2)", "Open Curation (Ctrl+3)",
                "Open Keys (Ctrl+4)", "Open Settings (Ctrl+5)");

        robot.interact(() -> desktop.settings.pageProperty().set(Page.SETTINGS));
        var list = robot.lookup("#shortcutList").queryParent();
        var texts = list.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList();
        var keys = list.lookupAll(".shortcut-text").stream().map(n -> ((javafx.scene.text.Text) n).getText())
                .toList();
        assertThat(texts).containsExactly("Open Feed", "Open Wallet", "Open Curation", "Open Keys", "Open Settings",
                "Refresh the page shown", "Lock the key vault");
        assertThat(keys).containsExactly("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+R", "Ctrl+L");
    }

    @Test
    void withoutAnOutlineEmojiFontTheUserIsToldWhatToInstall(FxRobot robot) {
        assertThat(EmojiFont.among(List.of("DejaVu Sans", "Noto Color Emoji"))).isFalse();
        assertThat(EmojiFont.among(List.of("DejaVu Sans", "Symbola"))).isTrue();
        var notice = robot.lookup("#emojiNotice").query();
        if (EmojiFont.installed()) {
            assertThat(notice.isVisible()).isFalse();
            return;
        }
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#emojiNoticeText").queryLabeled().getText())
                .contains("sudo apt install fonts-symbola");
        robot.interact(() -> robot.lookup("#emojiNoticeDismiss").queryButton().fire());
        assertThat(notice.isVisible()).isFalse();
        // Dismissed for the run: a rebuilt window (another language) does not show it again.
        robot.interact(() -> desktop.settings.languageProperty().set(Language.KOREAN));
        assertThat(robot.lookup("#emojiNotice").query().isVisible()).isFalse();
    }

    /** Each page has one name: its navigation label is its title (or begins the account's title) wherever it shows. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void eachPageHasOneNameInBothLanguages(Language language, FxRobot robot) {
        robot.interact(() -> desktop.settings.languageProperty().set(language));
        var messages = new Messages(language);
        for (int i = 0; i < NAV_IDS.size(); i++) {
            Page page = Page.values()[i];
            String name = messages.get(page.nameKey());
            assertThat(robot.lookup(NAV_IDS.get(i)).queryAs(ToggleButton.class).getText()).isEqualTo(name);
            robot.interact(() -> desktop.settings.pageProperty().set(page));
            var titles = robot.lookup(".page-title").queryAllAs(Label.class).stream().filter(ShellTest::shown)
                    .map(Label::getText).toList();
            switch (page) {
                case KEYS, SETTINGS -> assertThat(titles).containsExactly(name);
                case WALLET -> assertThat(messages.get("wallet.account", "alice")).contains(name);
                case CURATION -> assertThat(messages.get("curation.account", "alice")).contains(name);
                case FEED -> assertThat(titles).isEmpty();
            }
        }
        Stage stage = (Stage) robot.lookup("#feedNav").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo(language == Language.KOREAN ? "스팀데스크" : "Steemdesk");
        robot.interact(() -> desktop.settings.languageProperty().set(Language.ENGLISH));
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached in time", e);
        }
    }

    /** Shown on screen: the node and every parent visible (a closed sheet's title is visible inside a hidden sheet). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
