package org.steemdesk.ui;

import java.util.List;
import javafx.application.Application;

/**
 * Starts the desktop client. A plain class rather than the {@link Application} subclass itself, so the JavaFX
 * launcher also works with JavaFX on the classpath (as in a fat jar or {@code mvn exec}).
 */
public final class SteemdeskApp {
    private SteemdeskApp() {
    }

    /** Accepts the global options ({@code --lang ko|en}; others are kept for the services to read later). */
    public static void main(String[] args) {
        try {
            LaunchOptions.parse(List.of(args)); // a bad --lang is reported here, before a window appears
        } catch (IllegalArgumentException e) {
            System.err.println("steemdesk: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(DesktopApplication.class, args);
    }
}
