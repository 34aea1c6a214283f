package org.steemdesk.ui.wallet;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.app.guard.Remedy;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * The account guard's banner without JavaFX: which stored alerts it shows (changes not made through this computer,
 * not dismissed), each as a sentence in the user's language, and the label of the remedy Steemdesk can sign for it.
 */
public record GuardAlertModel(Messages messages, Formats formats) {
    /** The newest alerts read for the banner; older ones stay in cache.db (and in {@code steemdesk watch}). */
    static final int SHOWN = 20;

    /** Alerts for changes someone else made (own ones are the user's doing), less those dismissed. */
    public List<GuardAlert> shown(List<GuardAlert> stored, Set<Long> dismissed) {
        return stored.stream().filter(a -> !a.own() && !dismissed.contains(a.id())).limit(SHOWN).toList();
    }

    /** What changed and when it was found. */
    public String sentence(GuardAlert alert) {
        String before = alert.before();
        String after = alert.after();
        String subject = alert.subject();
        String change = switch (alert.kind()) {
            case OWNER_KEY_CHANGED -> messages.get("wallet.guard.alert.OWNER_KEY_CHANGED");
            case ACTIVE_KEY_CHANGED -> messages.get("wallet.guard.alert.ACTIVE_KEY_CHANGED");
            case POSTING_KEY_CHANGED -> messages.get("wallet.guard.alert.POSTING_KEY_CHANGED");
            case MEMO_KEY_CHANGED -> messages.get("wallet.guard.alert.MEMO_KEY_CHANGED");
            case RECOVERY_ACCOUNT_CHANGED -> messages.get("wallet.guard.alert.RECOVERY_ACCOUNT_CHANGED", before, after);
            case RECOVERY_CHANGE_REQUESTED -> messages.get("wallet.guard.alert.RECOVERY_CHANGE_REQUESTED", after);
            case RECOVERY_CHANGE_CANCELLED -> messages.get("wallet.guard.alert.RECOVERY_CHANGE_CANCELLED", before);
            case ROUTE_ADDED -> messages.get("wallet.guard.alert.ROUTE_ADDED", after, subject);
            case ROUTE_CHANGED -> messages.get("wallet.guard.alert.ROUTE_CHANGED", before, after, subject);
            case ROUTE_REMOVED -> messages.get("wallet.guard.alert.ROUTE_REMOVED", before, subject);
            case POWER_DOWN_STARTED -> messages.get("wallet.guard.alert.POWER_DOWN_STARTED", after);
            case POWER_DOWN_CHANGED -> messages.get("wallet.guard.alert.POWER_DOWN_CHANGED", before, after);
            case PROXY_CHANGED -> messages.get("wallet.guard.alert.PROXY_CHANGED", before, after);
            case TRANSFER_OUT -> messages.get("wallet.guard.alert.TRANSFER_OUT", after, subject);
            case SAVINGS_WITHDRAWAL_OUT -> messages.get("wallet.guard.alert.SAVINGS_WITHDRAWAL_OUT", after, subject);
            case DELEGATION_OUT -> messages.get("wallet.guard.alert.DELEGATION_OUT", after, subject);
        };
        return messages.get("wallet.guard.found", change, formats.dateTime(alert.detectedAt()));
    }

    /** The remedy's button, when Steemdesk can sign one (it opens the wallet sheet on its confirmation). */
    public Optional<String> remedyLabel(Remedy remedy) {
        if (remedy.request().isEmpty()) {
            return Optional.empty();
        }
        String target = remedy.target();
        return Optional.of(switch (remedy.kind()) {
            case REMOVE_ROUTE -> messages.get("wallet.guard.remedy.REMOVE_ROUTE", target);
            case STOP_POWER_DOWN -> messages.get("wallet.guard.remedy.STOP_POWER_DOWN");
            case UNDELEGATE -> messages.get("wallet.guard.remedy.UNDELEGATE", target);
            case CLEAR_PROXY -> messages.get("wallet.guard.remedy.CLEAR_PROXY");
            case CANCEL_SAVINGS_WITHDRAWAL -> messages.get("wallet.guard.remedy.CANCEL_SAVINGS_WITHDRAWAL", target);
            case CANCEL_RECOVERY_CHANGE -> messages.get("wallet.guard.remedy.CANCEL_RECOVERY_CHANGE", target);
            case CHANGE_PASSWORD, ACCOUNT_RECOVERY, NONE -> "";
        });
    }

    /** Advice for a remedy Steemdesk cannot sign from this page (a key change), shown under the alert. */
    public Optional<String> advice(Remedy remedy) {
        return switch (remedy.kind()) {
            case CHANGE_PASSWORD -> Optional.of(messages.get("wallet.guard.advice.CHANGE_PASSWORD"));
            case ACCOUNT_RECOVERY -> Optional.of(messages.get("wallet.guard.advice.ACCOUNT_RECOVERY"));
            default -> Optional.empty();
        };
    }
}
