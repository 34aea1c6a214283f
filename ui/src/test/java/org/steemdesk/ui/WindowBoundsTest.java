package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.WindowPlacements.Placement;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window comes back where it was on the same screens, and centred when that place is off every screen. */
@ExtendWith(ApplicationExtension.class)
class WindowBoundsTest {
    private final TestDesktop desktop = new TestDesktop(Language.ENGLISH);
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
        desktop.close();
    }

    private Stage open(WindowPlacements placements) throws Exception {
        stage = FxToolkit.setupStage(s -> { });
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context, placements);
            stage.show();
        });
        return stage;
    }

    private static WindowPlacements remembered(Placement placement) {
        var placements = new WindowPlacements();
        placements.remember(WindowBounds.areas(Screen::getBounds), placement);
        return placements;
    }

    @Test
    void theWindowComesBackWhereItWasAndIsSavedWhenItCloses(FxRobot robot) throws Exception {
        Stage window = open(remembered(Placement.at(40, 50, 900, 600, false)));
        assertThat(new double[] {window.getX(), window.getY(), window.getWidth(), window.getHeight()})
                .containsExactly(40, 50, 900, 600);

        robot.interact(() -> {
            window.setX(70);
            window.setWidth(1000);
        });
        robot.interact(window::hide);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desktop.preferences.windowPlacements()
                .restore(WindowBounds.areas(Screen::getBounds), WindowBounds.areas(Screen::getVisualBounds))
                .filter(p -> p.equals(Placement.at(70, 50, 1000, 600, false))).isPresent());
    }

    @Test
    void aPlaceOffEveryScreenComesBackCentred(FxRobot robot) throws Exception {
        Stage window = open(remembered(Placement.at(9000, 7000, 900, 600, false)));
        var screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getWidth()).isEqualTo(Math.min(900, screen.getWidth()));
        assertThat(window.getX()).isBetween(screen.getMinX(), screen.getMaxX() - 80);
        assertThat(window.getY()).isBetween(screen.getMinY(), screen.getMaxY() - 24);
    }
}
