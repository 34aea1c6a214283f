package org.steemdesk.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steemdesk.i18n.Language;

/** The JavaFX application: one main window over models the services will feed. */
public final class DesktopApplication extends Application {
    /** Set to print, on the first frame, how long the process took to get there. */
    static final String STARTUP_TRACE = "steemdesk.startupTrace";

    @Override
    public void start(Stage stage) {
        var options = LaunchOptions.parse(getParameters().getRaw());
        var settings = new UiSettings(options.language().orElseGet(Language::systemDefault), Theme.LIGHT);
        new MainWindow(stage, settings, new StatusModel(), KoreanFont.locate());
        if (Boolean.getBoolean(STARTUP_TRACE)) {
            traceFirstFrame(stage);
        }
        stage.show();
    }

    private static void traceFirstFrame(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            var started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.err.println("steemdesk: first frame " + Duration.between(started, Instant.now()).toMillis()
                    + " ms after process start");
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }
}
