package org.steemdesk.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.steemdesk.app.AppContext;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.session.VaultSession;

/**
 * What the window is built from that lives on disk: the preferences (language, theme, auto-lock, last account) in
 * cache.db and the vault session over vault.db. {@link #begin} reads them on a worker while JavaFX starts its
 * toolkit, so opening SQLite (and unpacking its native library) overlaps the toolkit's own start instead of
 * following it, and the FX thread never waits for the disk.
 */
record DesktopStart(Preferences preferences, Language language, Theme theme, WindowPlacements placements,
        VaultSession session) {
    DesktopStart {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(placements, "placements");
        Objects.requireNonNull(session, "session");
    }

    /** Starts reading, off the calling thread; the future completes on the worker. */
    static CompletableFuture<DesktopStart> begin(DesktopLaunch launch, AppContext app, Background background) {
        Objects.requireNonNull(launch, "launch");
        return background.supply(() -> read(launch, app, background));
    }

    private static DesktopStart read(DesktopLaunch launch, AppContext app, Background background) {
        var preferences = new Preferences(app.settingsStore());
        var language = launch.language().or(preferences::language).orElseGet(Language::systemDefault);
        var theme = preferences.theme().orElse(Theme.LIGHT);
        var placements = preferences.windowPlacements();
        var session = VaultSession.open(app.keys(), background, app.clock(), preferences.autoLock());
        // --account as the CLI reads it (keys here or not), else the account of the last run if its keys are here.
        launch.settings().account().ifPresentOrElse(session::actFor, () -> preferences.account()
                .filter(session.accountNames()::contains).ifPresent(session.currentAccountProperty()::set));
        StartupTrace.phase("preferences and vault read");
        return new DesktopStart(preferences, language, theme, placements, session);
    }
}
