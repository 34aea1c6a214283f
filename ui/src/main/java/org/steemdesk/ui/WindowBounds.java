package org.steemdesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.steemdesk.ui.WindowPlacements.Area;
import org.steemdesk.ui.WindowPlacements.Placement;

/**
 * The main window's size, position and maximised state, remembered per screen configuration: put back before the
 * window shows, saved a moment after the user stops moving or resizing it and when it closes.
 *
 * <p>While the window is maximised (or full screen, or iconified) its bounds are the screen's, not the user's: the
 * size to come back to is the last one seen while it was a normal window. Saving waits until the window has been
 * still for {@link #SETTLE}, so a maximise, which reports the new size before the maximised flag on some window
 * managers, is seen as a whole.
 */
final class WindowBounds {
    static final Duration SETTLE = Duration.millis(700);

    private final Stage stage;
    private final WindowPlacements placements;
    private final Consumer<WindowPlacements> save;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Placement normal;

    /** @param save stores the placements (the caller moves it off the FX thread) */
    WindowBounds(Stage stage, WindowPlacements placements, Consumer<WindowPlacements> save) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.placements = Objects.requireNonNull(placements, "placements");
        this.save = Objects.requireNonNull(save, "save");
    }

    /** Puts the window where it was on these screens (before it shows), then follows it. */
    void restore() {
        placements.restore(areas(Screen::getBounds), areas(Screen::getVisualBounds)).ifPresent(p -> {
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            if (p.centred()) {
                stage.centerOnScreen();
            } else {
                stage.setX(p.x());
                stage.setY(p.y());
            }
            normal = Placement.at(stage.getX(), stage.getY(), p.width(), p.height(), false);
            stage.setMaximized(p.maximized());
        });
        InvalidationListener moved = obs -> settle.playFromStart();
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty())) {
            property.addListener(moved);
        }
        settle.setOnFinished(e -> remember());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            settle.stop();
            remember();
        });
    }

    private void remember() {
        boolean maximized = stage.isMaximized();
        if (!maximized && !stage.isFullScreen() && !stage.isIconified() && stage.getWidth() > 0
                && stage.getHeight() > 0) {
            normal = Placement.at(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        if (normal == null) {
            return;
        }
        placements.remember(areas(Screen::getBounds), Placement.at(normal.x(), normal.y(), normal.width(),
                normal.height(), maximized));
        save.accept(placements.copy());
    }

    /** The screens' areas, the primary screen first (a window that must be centred goes there). */
    static List<Area> areas(Function<Screen, Rectangle2D> area) {
        var primary = Screen.getPrimary();
        return Screen.getScreens().stream()
                .sorted((a, b) -> Boolean.compare(b.equals(primary), a.equals(primary)))
                .map(area)
                .map(r -> new Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()))
                .toList();
    }
}
