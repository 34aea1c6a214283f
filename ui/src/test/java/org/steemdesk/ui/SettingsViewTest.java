package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SettingsViewTest extends OfflineDesktopTest {
    SettingsViewTest() {
        super(Page.SETTINGS);
    }

    @Test
    void nodesAreAddedReorderedAndSaved(FxRobot robot) throws Exception {
        ListView<URI> list = robot.lookup("#nodesList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().equals(List.of(TestDesktop.NO_NODE)));

        robot.interact(() -> robot.lookup("#newNode").queryAs(TextField.class).setText("not a url"));
        robot.interact(() -> robot.lookup("#nodeAdd").queryAs(Button.class).fire());
        assertThat(robot.lookup("#nodesMessage").queryLabeled().getText()).startsWith("Enter a node address");

        robot.interact(() -> robot.lookup("#newNode").queryAs(TextField.class).setText("https://api.steemit.com"));
        robot.interact(() -> robot.lookup("#nodeAdd").queryAs(Button.class).fire());
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#nodeUp").queryAs(Button.class).fire());
        var expected = List.of(URI.create("https://api.steemit.com"), TestDesktop.NO_NODE);
        assertThat(list.getItems()).containsExactlyElementsOf(expected);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> desktop.app.nodes().saved().equals(expected));
    }

    @Test
    void checkingShowsEachNodesHealth(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#checkNodes").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".node-health").queryAllAs(
                javafx.scene.control.Label.class).stream().anyMatch(l -> l.getText().startsWith("No answer")));
    }

    @Test
    void theDataDirectoryIsShownAndOpensInTheSystem(FxRobot robot) {
        assertThat(robot.lookup("#dataDir").queryAs(TextField.class).getText())
                .isEqualTo(desktop.dataDir.toAbsolutePath().normalize().toString());
        robot.interact(() -> robot.lookup("#openDataDir").queryAs(Button.class).fire());
        assertThat(desktop.openedLinks).containsExactly(desktop.dataDir.toAbsolutePath().normalize().toUri());
    }

    @Test
    void languageAndThemeAreSaved(FxRobot robot) throws Exception {
        robot.interact(() -> desktop.settings.themeProperty().set(Theme.DARK));
        robot.interact(() -> desktop.settings.languageProperty().set(Language.KOREAN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desktop.preferences.language()
                .equals(java.util.Optional.of(Language.KOREAN))
                && desktop.preferences.theme().equals(java.util.Optional.of(Theme.DARK)));
        robot.interact(() -> desktop.settings.themeProperty().set(Theme.LIGHT));
    }

    @Test
    void autoClaimIsOffUntilTurnedOnAndRefusesBadAmounts(FxRobot robot) throws Exception {
        var rewards = desktop.app.rewards();
        assertThat(rewards.autoClaimRules().enabled()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "1.000".equals(robot.lookup("#autoClaimSteem").queryAs(TextField.class).getText()));

        robot.interact(() -> robot.lookup("#autoClaimSteem").queryAs(TextField.class).setText("1.0005"));
        robot.interact(() -> robot.lookup("#autoClaimSave").queryAs(Button.class).fire());
        assertThat(robot.lookup("#autoClaimMessage").queryLabeled().getText()).startsWith("Enter amounts");

        robot.interact(() -> {
            robot.lookup("#autoClaim").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#autoClaimSteem").queryAs(TextField.class).setText("2.5");
            robot.lookup("#autoClaimSbd").queryAs(TextField.class).setText("0");
            robot.lookup("#autoClaimSave").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> rewards.autoClaimRules().enabled());
        var saved = rewards.autoClaimRules();
        assertThat(saved.steemThreshold()).hasToString("2.500 STEEM");
        assertThat(saved.sbdThreshold()).hasToString("0.000 SBD");
    }
}
