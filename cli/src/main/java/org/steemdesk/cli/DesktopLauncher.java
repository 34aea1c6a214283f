package org.steemdesk.cli;

/**
 * Opens the desktop app when {@code steemdesk} is started with no command. The ui module provides it; the app
 * module cannot, since dependencies point from ui to app.
 */
@FunctionalInterface
public interface DesktopLauncher {
    /** Blocks until the desktop app exits; returns the process exit code. */
    int open(GlobalOptions options);
}
