package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.keys.ChainMatch;
import org.steemdesk.ui.keys.KeyRow;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KeysViewTest {
    static final String WRONG_PASSWORD = "Wrong vault password, or a damaged vault file. Check the password "
            + "(Caps Lock, keyboard layout) and type it again.";
    private final DesktopChain node = new DesktopChain();
    private TestDesktop desktop;

    private void open(Stage stage, boolean withAlice) {
        desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT, new KoreanFont(Optional.of("System")),
                List.of(node.url()), withAlice ? VaultFixtures::storeAlice : app -> { });
        desktop.settings.pageProperty().set(Page.KEYS);
        new MainWindow(stage, desktop.context);
        stage.show();
    }

    @Start
    void start(Stage stage) {
        open(stage, false);
    }

    @AfterEach
    void close() {
        desktop.close();
        node.close();
    }

    @Test
    void createTheVaultThenLogInWithTheMasterPassword(FxRobot robot) {
        type(robot, "#createPassword", VaultFixtures.VAULT_PASSWORD);
        type(robot, "#createPasswordRepeat", VaultFixtures.VAULT_PASSWORD);
        fire(robot, "#createVault");
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED);

        type(robot, "#accountName", "alice");
        type(robot, "#masterPassword", VaultFixtures.ALICE_PASSWORD);
        fire(robot, "#addAccount");

        TableView<KeyRow> table = robot.lookup("#keysTable").queryTableView();
        await(() -> table.getItems().size() == 3
                && table.getItems().stream().allMatch(r -> r.chain() == ChainMatch.MATCHES));
        assertThat(table.getItems()).extracting(KeyRow::role)
                .containsExactlyInAnyOrder(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.MEMO);
        assertThat(text(robot, "#addMessage")).contains("@alice was added");
        assertThat(text(robot, "#masterPassword")).isEmpty();
        assertThat(robot.lookup("#accountSwitcher").queryLabeled().getText()).isEqualTo("@alice");
        assertThat(robot.lookup("#lockButton").queryButton().getText()).isEqualTo("Lock");
    }

    @Test
    void theOwnerKeyIsStoredOnlyWhenAsked(FxRobot robot) {
        createVault(robot);
        type(robot, "#accountName", "alice");
        type(robot, "#masterPassword", VaultFixtures.ALICE_PASSWORD);
        robot.interact(() -> robot.lookup("#withOwner").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        assertThat(robot.lookup("#ownerWarning").queryLabeled().isVisible()).isTrue();
        fire(robot, "#addAccount");
        await(() -> desktop.session.entries().size() == 4);
    }

    @Test
    void aPrivateKeyInThePasswordFieldIsNamedAsSuch(FxRobot robot) {
        createVault(robot);
        var keys = VaultFixtures.aliceKeys();
        String wif = new String(keys.key(KeyRole.POSTING).toWif());
        keys.destroy();
        type(robot, "#accountName", "alice");
        type(robot, "#masterPassword", wif);
        fire(robot, "#addAccount");
        await(() -> !text(robot, "#addMessage").isEmpty());
        assertThat(text(robot, "#addMessage")).isEqualTo(
                "This is a private key (WIF), not a master password. Choose \u201cPrivate key (WIF)\u201d to add it.");
        assertThat(desktop.session.entries()).isEmpty();
    }

    @Test
    void aKeyIsAddedByWifForItsRoleOnly(FxRobot robot) {
        createVault(robot);
        var keys = VaultFixtures.aliceKeys();
        String posting = new String(keys.key(KeyRole.POSTING).toWif());
        keys.destroy();
        robot.interact(() -> robot.lookup("#byWif").queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        type(robot, "#accountName", "alice");
        robot.interact(() -> robot.lookup("#wifRole").<javafx.scene.control.ChoiceBox<KeyRole>>query()
                .setValue(KeyRole.ACTIVE));
        type(robot, "#wifKey", posting);
        fire(robot, "#addAccount");
        await(() -> !text(robot, "#addMessage").isEmpty());
        assertThat(text(robot, "#addMessage")).isEqualTo(
                "This key belongs to @alice, but it is not its Active key. Choose the matching key type.");

        robot.interact(() -> robot.lookup("#wifRole").<javafx.scene.control.ChoiceBox<KeyRole>>query()
                .setValue(KeyRole.POSTING));
        type(robot, "#wifKey", posting);
        fire(robot, "#addAccount");
        await(() -> desktop.session.entries().size() == 1);
        assertThat(desktop.session.entries().get(0).role()).isEqualTo(KeyRole.POSTING);
    }

    @Test
    void aWrongVaultPasswordIsSaidPlainly(FxRobot robot) throws Exception {
        reopenWithAlice(robot);
        assertThat(desktop.session.stateProperty().get()).isEqualTo(VaultSession.State.LOCKED);
        type(robot, "#unlockPassword", "not the password");
        fire(robot, "#unlockVault");
        await(() -> !text(robot, "#unlockMessage").isEmpty());
        // Deliberately changed from "Wrong vault password.": the vault cannot tell a wrong password from a damaged
        // file's password check, so the message names both and says what to check.
        assertThat(text(robot, "#unlockMessage")).isEqualTo(WRONG_PASSWORD);
        assertThat(desktop.session.stateProperty().get()).isEqualTo(VaultSession.State.LOCKED);

        type(robot, "#unlockPassword", VaultFixtures.VAULT_PASSWORD);
        fire(robot, "#unlockVault");
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED);
    }

    @Test
    void aWrongVaultPasswordIsSelectedForRetyping(FxRobot robot) throws Exception {
        reopenWithAlice(robot);
        robot.interact(() -> robot.lookup("#unlockPassword").query().requestFocus());
        type(robot, "#unlockPassword", "not the password");
        robot.interact(() -> robot.lookup("#unlockPassword").queryAs(javafx.scene.control.TextField.class)
                .fireEvent(new javafx.event.ActionEvent()));
        await(() -> !text(robot, "#unlockMessage").isEmpty());
        var field = robot.lookup("#unlockPassword").queryAs(TextInputControl.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getSelectedText()).isEqualTo("not the password");
    }

    @Test
    void theFocusStaysInTheAddFormAfterCheckAndAdd(FxRobot robot) {
        createVault(robot);
        type(robot, "#accountName", "alice");
        type(robot, "#masterPassword", "not alice's password");
        robot.interact(() -> robot.lookup("#addAccount").query().requestFocus());
        fire(robot, "#addAccount");
        await(() -> !text(robot, "#addMessage").isEmpty());
        // Refused: the password is selected for retyping, not the "current password" field of another section.
        var password = robot.lookup("#masterPassword").queryAs(TextInputControl.class);
        assertThat(password.isFocused()).isTrue();
        assertThat(password.getSelectedText()).isEqualTo("not alice's password");
        assertInView(robot, "#masterPassword");

        type(robot, "#masterPassword", VaultFixtures.ALICE_PASSWORD);
        robot.interact(() -> robot.lookup("#addAccount").query().requestFocus());
        fire(robot, "#addAccount");
        await(() -> desktop.session.entries().size() == 3 && text(robot, "#addMessage").contains("was added"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#addAccount").query().isFocused()).isTrue();
        assertThat(robot.lookup("#currentPassword").query().isFocused()).isFalse();
        assertInView(robot, "#addAccount");
    }

    @Test
    void thePageFollowsTheFocusAfterItWasLeftAndShownAgain(FxRobot robot) {
        createVault(robot);
        // The page leaves the scene at every switch and comes back: its focus listener goes and comes with it.
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> desktop.settings.pageProperty().set(Page.FEED));
            robot.interact(() -> desktop.settings.pageProperty().set(Page.KEYS));
        }
        robot.interact(() -> robot.lookup("#currentPassword").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot, "#currentPassword");
        robot.interact(() -> robot.lookup("#accountName").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot, "#accountName");
    }

    @Test
    void unlockBeforeAnyVaultLeadsToCreatingOne(FxRobot robot) {
        robot.interact(() -> desktop.settings.pageProperty().set(Page.FEED));
        var lock = robot.lookup("#lockButton").queryButton();
        assertThat(lock.getText()).isEqualTo("Create vault");
        robot.interact(lock::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.settings.pageProperty().get()).isEqualTo(Page.KEYS);
        assertThat(robot.lookup("#createPassword").query().isFocused()).isTrue();
        createVault(robot);
        // Once made, the next thing needed is an account: the focus is there, scrolled into view.
        assertThat(robot.lookup("#accountName").query().isFocused()).isTrue();
        assertInView(robot, "#accountName");
    }

    @Test
    void theKeysViewSpeaksKoreanAfterTheSwitch(FxRobot robot) throws Exception {
        reopenWithAlice(robot);
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get();
        robot.interact(() -> desktop.settings.languageProperty().set(Language.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".keys-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("계정과 키", "계정 추가", "보관함 비밀번호 바꾸기", "키 보관함이 열려 있습니다");
        TableView<KeyRow> table = robot.lookup("#keysTable").queryTableView();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("계정", "키", "공개 키",
                "블록체인과 비교");
        assertThat(robot.lookup("#lockButton").queryButton().getText()).isEqualTo("잠금");
        await(() -> table.getItems().stream().allMatch(r -> r.chain() == ChainMatch.MATCHES));
    }

    @Test
    void idleTimeLocksTheVault(FxRobot robot) throws Exception {
        reopenWithAlice(robot);
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get();
        desktop.session.userActivity();
        desktop.session.checkIdle();
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED);
        robot.interact(() -> desktop.session.autoLockProperty().set(java.time.Duration.ZERO));
        desktop.session.checkIdle();
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.LOCKED);
        assertThat(robot.lookup("#lockButton").queryButton().getText()).isEqualTo("Unlock");
    }

    @Test
    void aKeyIsShownOnlyAfterThePasswordAndRemovalAsksFirst(FxRobot robot) throws Exception {
        reopenWithAlice(robot);
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get();
        TableView<KeyRow> table = robot.lookup("#keysTable").queryTableView();
        await(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.role() == KeyRole.POSTING).findFirst().orElseThrow()));

        javafx.application.Platform.runLater(() -> robot.lookup("#revealKey").queryButton().fire());
        await(() -> robot.lookup("#revealPassword").tryQuery().isPresent());
        type(robot, "#revealPassword", "wrong");
        clickDialogButton(robot, "Show");
        await(() -> text(robot, "#accountsMessage").equals(WRONG_PASSWORD));

        javafx.application.Platform.runLater(() -> robot.lookup("#revealKey").queryButton().fire());
        await(() -> robot.lookup("#revealPassword").tryQuery().isPresent());
        type(robot, "#revealPassword", VaultFixtures.VAULT_PASSWORD);
        clickDialogButton(robot, "Show");
        await(() -> robot.lookup(".reveal-wif").tryQuery().isPresent());
        var keys = VaultFixtures.aliceKeys();
        String expected = new String(keys.key(KeyRole.POSTING).toWif());
        keys.destroy();
        assertThat(robot.lookup(".reveal-wif").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(expected);
        clickDialogButton(robot, "Close");
        await(() -> robot.lookup(".reveal-wif").tryQuery().isEmpty());

        javafx.application.Platform.runLater(() -> robot.lookup("#removeAccount").queryButton().fire());
        await(() -> dialogButton(robot, "Remove account").isPresent());
        clickDialogButton(robot, "Cancel");
        assertThat(desktop.session.entries()).hasSize(3);
        javafx.application.Platform.runLater(() -> robot.lookup("#removeAccount").queryButton().fire());
        await(() -> dialogButton(robot, "Remove account").isPresent());
        clickDialogButton(robot, "Remove account");
        await(() -> desktop.session.entries().isEmpty());
        assertThat(text(robot, "#accountsMessage")).isEqualTo("The keys of @alice were removed.");
    }

    /** The node is wholly inside the page's visible part: the page did not scroll away from it. */
    private static void assertInView(FxRobot robot, String query) {
        var scroll = robot.lookup(".page-scroll").query();
        var node = robot.lookup(query).query();
        var view = scroll.localToScene(scroll.getLayoutBounds());
        var bounds = node.localToScene(node.getLayoutBounds());
        assertThat(bounds.getMinY()).as(query + " top").isGreaterThanOrEqualTo(view.getMinY());
        assertThat(bounds.getMaxY()).as(query + " bottom").isLessThanOrEqualTo(view.getMaxY());
    }

    private static Optional<Button> dialogButton(FxRobot robot, String label) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> label.equals(b.getText())).findFirst();
    }

    private static void clickDialogButton(FxRobot robot, String label) {
        Button button = dialogButton(robot, label).orElseThrow();
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void reopenWithAlice(FxRobot robot) throws Exception {
        desktop.close();
        Stage stage = (Stage) robot.lookup("#keysTable").query().getScene().getWindow();
        robot.interact(() -> open(stage, true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void createVault(FxRobot robot) {
        type(robot, "#createPassword", VaultFixtures.VAULT_PASSWORD);
        type(robot, "#createPasswordRepeat", VaultFixtures.VAULT_PASSWORD);
        fire(robot, "#createVault");
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    private static String text(FxRobot robot, String query) {
        var node = robot.lookup(query).query();
        String text = node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
        return text == null ? "" : text;
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached in time", e);
        }
    }
}
