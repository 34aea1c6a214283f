package org.steemdesk.ui;

import java.util.List;
import javafx.application.Application;
import org.steemdesk.app.cli.SteemdeskCommand;
import org.steemdesk.app.cli.Terminal;

/**
 * The {@code steemdesk} entry point: with a command it is the CLI, with none (only global options such as
 * {@code --lang}, {@code --node}, {@code --data-dir}) it opens the desktop app. A plain class rather than the
 * {@link Application} subclass itself, so the JavaFX launcher also works with JavaFX on the classpath.
 */
public final class SteemdeskApp {
    private SteemdeskApp() {
    }

    public static void main(String[] args) {
        System.exit(SteemdeskCommand.run(args, new Terminal(), options -> {
            LaunchOptions.parse(List.of(args)); // a bad --lang is reported here, before a window appears
            Application.launch(DesktopApplication.class, args);
            return 0;
        }));
    }
}
