package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends OfflineDesktopTest {
    private final StatusModel status = desktop.status;

    MainWindowTest() {
        super(null);
    }

    @Test
    void ctrlDigitsSwitchPagesInTheNavigationsOrder(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.settings.pageProperty().get()).isEqualTo(Page.WALLET);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.settings.pageProperty().get()).isEqualTo(Page.SETTINGS);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.settings.pageProperty().get()).isEqualTo(Page.FEED);
    }

    @Test
    void titleNamesTheApp() {
        assertThat(shown.stage().getTitle()).contains("Steemdesk");
    }

    @Test
    void statusBarSaysOfflineAndDashesWithoutData(FxRobot robot) {
        assertThat(robot.lookup("#nodeState").queryAs(Label.class).getText()).isEqualTo("Offline");
        assertThat(robot.lookup("#votingMana").queryAs(Label.class).getText()).isEqualTo("Voting mana \u2014");
        assertThat(robot.lookup("#resourceCredits").queryAs(Label.class).getText()).isEqualTo("RC \u2014");
        assertThat(robot.lookup("#queuedVotes").queryAs(Label.class).getText()).isEqualTo("0");
    }

    @Test
    void statusBarFollowsTheModel(FxRobot robot) {
        robot.interact(() -> {
            status.onlineProperty().set(true);
            status.nodeProperty().set("https://api.steemit.com");
            status.headBlockLagProperty().set(Duration.ofSeconds(3));
            status.votingManaProperty().set(0.9875);
            status.resourceCreditsProperty().set(0.5);
            status.queuedVotesProperty().set(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nodeState").queryAs(Label.class).getText()).isEqualTo("Online");
        assertThat(robot.lookup("#node").queryAs(Label.class).getText()).isEqualTo("Node: https://api.steemit.com");
        assertThat(robot.lookup("#lag").queryAs(Label.class).getText()).isEqualTo("Head block 3 s behind");
        assertThat(robot.lookup("#votingMana").queryAs(Label.class).getText()).isEqualTo("Voting mana 98.75%");
        assertThat(robot.lookup("#resourceCredits").queryAs(Label.class).getText()).isEqualTo("RC 50%");
        assertThat(robot.lookup("#queuedVotes").queryAs(Label.class).getText()).isEqualTo("2");
    }
}
