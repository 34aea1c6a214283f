package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order of the desktop's start, as {@link DesktopApplication} opens its window ({@link MainWindow#opening}):
 * the first frame is the window's frame with a placeholder, without the page's view (whose controller asks the
 * cache for the feed) and without what runs after the page (the status poll and the jobs, which open the node
 * pool); the page comes right after, and the open post's view only when a post opens. What each step saw is
 * recorded as it happens, so a change of the order fails here, whatever the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private final TestDesktop desktop = new TestDesktop(Language.ENGLISH);
    /** What the scene held at the first frame's layout and when the code after the page ran. */
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    @Start
    void start(Stage stage) {
        var window = MainWindow.opening(stage, desktop.context, new WindowPlacements(), () -> {
            Scene scene = stage.getScene();
            seen.put("after page: feed page built", scene.lookup("#feedPane") != null);
            seen.put("after page: placeholder gone", scene.lookup(".page-placeholder") == null);
        });
        Scene scene = stage.getScene();
        StartupTrace.afterFirstFrame(scene, () -> {
            seen.put("first frame: navigation", scene.lookup("#feedNav") != null);
            seen.put("first frame: status bar", scene.lookup(".status-bar") != null);
            seen.put("first frame: placeholder", scene.lookup(".page-placeholder") != null);
            seen.put("first frame: feed page", scene.lookup("#feedPane") != null);
            seen.put("first frame: code after the page ran", seen.containsKey("after page: feed page built"));
        });
        assertThat(window).isNotNull();
        stage.show();
    }

    @AfterEach
    void close() {
        desktop.close();
    }

    @Test
    void theFirstFrameIsTheWindowsFrameAndThePageComesRightAfter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> seen.containsKey("after page: feed page built"));
        assertThat(seen).containsEntry("first frame: navigation", true)
                .containsEntry("first frame: status bar", true)
                .containsEntry("first frame: placeholder", true)
                .containsEntry("first frame: feed page", false)
                .containsEntry("first frame: code after the page ran", false)
                .containsEntry("after page: feed page built", true)
                .containsEntry("after page: placeholder gone", true);
        assertThat(robot.lookup("#feedNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(desktop.settings.pageWaitsProperty().get()).isFalse();
    }

    @Test
    void theOpenPostsViewIsBuiltOnlyWhenAPostOpens(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#feedPane").tryQuery().isPresent());
        assertThat(robot.lookup("#postPane").queryAs(StackPane.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#voteButton").tryQuery()).isEmpty();
    }

    @Test
    void anotherPageChosenWhileThePageWaitsOpensOnceItMayBeBuilt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> seen.containsKey("after page: feed page built"));
        robot.interact(() -> desktop.settings.pageWaitsProperty().set(true));
        robot.interact(() -> desktop.settings.pageProperty().set(Page.SETTINGS));
        assertThat(robot.lookup(".page-placeholder").tryQuery()).isPresent();
        robot.interact(() -> desktop.settings.pageWaitsProperty().set(false));
        assertThat(robot.lookup(".page-placeholder").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settingsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".content").queryAs(StackPane.class).getChildren()).singleElement()
                .isInstanceOf(Parent.class);
    }
}
