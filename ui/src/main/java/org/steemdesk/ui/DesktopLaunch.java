package org.steemdesk.ui;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.AppSettings;
import org.steemdesk.i18n.Language;

/**
 * What the desktop app opens with: the application settings from the global options (the same the CLI acts on:
 * {@code --data-dir}, {@code --node}, {@code --chain-id}, {@code --account}) and {@code --lang}, if given.
 */
public record DesktopLaunch(AppSettings settings, Optional<Language> language) {
    public DesktopLaunch {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(language, "language");
    }
}
