package org.steemdesk.cli;

import java.util.Optional;
import org.steemdesk.app.AppSettings;
import org.steemdesk.i18n.Language;

/**
 * Opens the desktop app when {@code steemdesk} is started with no command, with the global options as the CLI
 * parsed them. The launcher provides it: the cli module never depends on the ui module.
 */
@FunctionalInterface
public interface DesktopLauncher {
    /** Blocks until the desktop app exits; returns the process exit code. */
    int open(AppSettings settings, Optional<Language> language);
}
