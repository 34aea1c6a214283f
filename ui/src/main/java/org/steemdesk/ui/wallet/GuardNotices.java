package org.steemdesk.ui.wallet;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.guard.Guard;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.DesktopNotifier;
import org.steemdesk.ui.Preferences;

/**
 * Guard alerts as desktop notifications: after a guard pass, each alert stored since the last one told, and not
 * made through Steemdesk itself, is shown once, in the user's language, unless the user turned them off. What was
 * told is remembered per account in cache.db (the newest alert id), so a restart does not tell it again; the first
 * look only marks what is already there, since those alerts are not news. Runs on the guard job's thread.
 */
public record GuardNotices(Supplier<Guard> guard, Preferences preferences, Supplier<Language> language,
                           DesktopNotifier notifier) {
    /** How many stored alerts are looked at after a pass: more than one pass ever finds. */
    static final int LOOK_BACK = 50;

    /** Tells the alerts of {@code account} not told yet; returns how many it told. */
    public int afterPass(AccountName account) {
        List<GuardAlert> alerts = guard.get().alerts(account, LOOK_BACK);
        long newest = alerts.stream().mapToLong(GuardAlert::id).max().orElse(0);
        Optional<Long> told = preferences.guardToldUpTo(account);
        if (told.isEmpty() || newest > told.get()) {
            preferences.guardToldUpTo(account, Math.max(newest, told.orElse(0L)));
        }
        if (told.isEmpty() || !preferences.guardNotifications()) {
            return 0; // turned off: what comes meanwhile is marked too, not told all at once when turned on again
        }
        List<GuardAlert> fresh = toTell(alerts, told.get());
        if (fresh.isEmpty()) {
            return 0;
        }
        Messages messages = new Messages(language.get());
        GuardAlertModel model = new GuardAlertModel(messages, new Formats(messages, ZoneId.systemDefault()));
        String title = messages.get("notify.guard.title", account.value());
        fresh.forEach(alert -> notifier.show(title, model.sentence(alert)));
        return fresh.size();
    }

    /** The alerts after {@code toldUpTo} that someone else caused, oldest first. */
    public static List<GuardAlert> toTell(List<GuardAlert> alerts, long toldUpTo) {
        return alerts.stream().filter(a -> a.id() > toldUpTo && !a.own())
                .sorted(Comparator.comparingLong(GuardAlert::id)).toList();
    }
}
