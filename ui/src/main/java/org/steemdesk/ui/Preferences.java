package org.steemdesk.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Language;

/**
 * The desktop's own settings as typed values over the app's {@link SettingsStore} (cache.db): language, theme,
 * auto-lock, current account, the window's placement, guard notifications. (The node list is the app's: {@code Nodes.saved()}.) Every
 * method touches the database, so callers use it off the FX thread. A stored value that no longer parses counts as unset.
 */
public final class Preferences {
    static final String LANGUAGE = "ui.language";
    static final String THEME = "ui.theme";
    static final String AUTO_LOCK = "keys.autoLockMinutes";
    static final String ACCOUNT = "ui.account";
    static final String WINDOW = "ui.window";
    static final String GUARD_NOTIFICATIONS = "ui.guardNotifications";
    /** Per account: the id of the newest guard alert already told by a desktop notification. */
    static final String GUARD_TOLD = "ui.guardTold.";
    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(10);

    private final SettingsStore store;

    public Preferences(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Optional<Language> language() {
        return parse(LANGUAGE, Language::fromTag);
    }

    public void language(Language language) {
        store.put(LANGUAGE, language.tag());
    }

    public Optional<Theme> theme() {
        return parse(THEME, text -> Theme.valueOf(text.toUpperCase(Locale.ROOT)));
    }

    public void theme(Theme theme) {
        store.put(THEME, theme.name().toLowerCase(Locale.ROOT));
    }

    public Duration autoLock() {
        return parse(AUTO_LOCK, text -> Duration.ofMinutes(Long.parseLong(text))).filter(d -> !d.isNegative()
                && !d.isZero()).orElse(DEFAULT_AUTO_LOCK);
    }

    public void autoLock(Duration idle) {
        store.put(AUTO_LOCK, Long.toString(idle.toMinutes()));
    }

    public Optional<AccountName> account() {
        return parse(ACCOUNT, AccountName::of);
    }

    public void account(AccountName account) {
        store.put(ACCOUNT, account.value());
    }

    /** Where the main window was, per screen configuration. */
    public WindowPlacements windowPlacements() {
        return WindowPlacements.parse(store.get(WINDOW).orElse(""));
    }

    public void windowPlacements(WindowPlacements placements) {
        store.put(WINDOW, placements.format());
    }

    /** Whether guard alerts also come as desktop notifications (on unless turned off). */
    public boolean guardNotifications() {
        return parse(GUARD_NOTIFICATIONS, Boolean::parseBoolean).orElse(true);
    }

    public void guardNotifications(boolean on) {
        store.put(GUARD_NOTIFICATIONS, Boolean.toString(on));
    }

    /** The newest guard alert of {@code account} already told by a notification; empty before the first look. */
    public Optional<Long> guardToldUpTo(AccountName account) {
        return parse(GUARD_TOLD + account.value(), Long::valueOf);
    }

    public void guardToldUpTo(AccountName account, long alertId) {
        store.put(GUARD_TOLD + account.value(), Long.toString(alertId));
    }

    private <T> Optional<T> parse(String key, Function<String, T> parser) {
        try {
            return store.get(key).map(parser);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
