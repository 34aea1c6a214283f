package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.app.guard.GuardReport;
import org.steemdesk.app.guard.Remedy;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;

/**
 * How {@code watch} shows a pass: one line per alert in the user's language (with the remedy, and the steps of
 * account recovery after a change of keys or recovery account), or one JSON object per alert on stdout. The first
 * pass's note and failures go to stderr under --json, so stdout holds alerts only.
 */
record AlertOutput(Terminal terminal, Messages messages, boolean json) {
    void report(GuardReport report) {
        String account = report.account().value();
        if (report.firstPass()) {
            (json ? terminal.err() : terminal.out()).println(messages.get("cli.watch.firstPass", account));
            return;
        }
        if (report.alerts().isEmpty() && !json) {
            terminal.out().println(messages.get("cli.watch.noChange", account));
        }
        alerts(report);
    }

    /**
     * Only the alerts of a pass, each as {@code watch} prints it, and the steps of account recovery after them when
     * they call for it; nothing for a first pass or a pass without changes ({@code curate} prints these between its
     * own lines).
     */
    void alerts(GuardReport report) {
        boolean recovery = false;
        for (GuardAlert alert : report.alerts()) {
            terminal.out().println(json ? json(alert).toString() : line(alert));
            recovery |= alert.remedy().explainsRecovery();
        }
        if (recovery && !json) {
            terminal.out().println(messages.get("cli.watch.recovery"));
            terminal.out().println("  1. " + messages.get("guard.recovery.step.1"));
            terminal.out().println("  2. " + messages.get("guard.recovery.step.2"));
            terminal.out().println("  3. " + messages.get("guard.recovery.step.3"));
            terminal.out().println("  4. " + messages.get("guard.recovery.step.4"));
            terminal.out().println("  5. " + messages.get("guard.recovery.step.5"));
            terminal.out().println("  6. " + messages.get("guard.recovery.step.6"));
        }
        terminal.out().flush();
    }

    void failed(AccountName account, RuntimeException e) {
        terminal.err().println(messages.get("cli.watch.failed", account.value(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private String line(GuardAlert a) {
        StringBuilder line = new StringBuilder(PlanDetailOutput.time(a.detectedAt())).append(' ')
                .append(a.account().value()).append(": ").append(description(a));
        if (a.own()) {
            line.append(' ').append(messages.get("cli.watch.own"));
        }
        remedy(a.remedy()).ifPresent(r -> line.append(" -- ").append(r));
        return line.toString();
    }

    private String description(GuardAlert a) {
        String before = a.before();
        String after = a.after();
        String subject = a.subject();
        return switch (a.kind()) {
            case OWNER_KEY_CHANGED -> messages.get("cli.alert.OWNER_KEY_CHANGED", before, after, subject);
            case ACTIVE_KEY_CHANGED -> messages.get("cli.alert.ACTIVE_KEY_CHANGED", before, after, subject);
            case POSTING_KEY_CHANGED -> messages.get("cli.alert.POSTING_KEY_CHANGED", before, after, subject);
            case MEMO_KEY_CHANGED -> messages.get("cli.alert.MEMO_KEY_CHANGED", before, after, subject);
            case RECOVERY_ACCOUNT_CHANGED -> messages.get("cli.alert.RECOVERY_ACCOUNT_CHANGED", before, after, subject);
            case RECOVERY_CHANGE_REQUESTED -> messages.get("cli.alert.RECOVERY_CHANGE_REQUESTED", before, after,
                    subject);
            case RECOVERY_CHANGE_CANCELLED -> messages.get("cli.alert.RECOVERY_CHANGE_CANCELLED", before, after,
                    subject);
            case ROUTE_ADDED -> messages.get("cli.alert.ROUTE_ADDED", before, after, subject);
            case ROUTE_CHANGED -> messages.get("cli.alert.ROUTE_CHANGED", before, after, subject);
            case ROUTE_REMOVED -> messages.get("cli.alert.ROUTE_REMOVED", before, after, subject);
            case POWER_DOWN_STARTED -> messages.get("cli.alert.POWER_DOWN_STARTED", before, after, subject);
            case POWER_DOWN_CHANGED -> messages.get("cli.alert.POWER_DOWN_CHANGED", before, after, subject);
            case PROXY_CHANGED -> messages.get("cli.alert.PROXY_CHANGED", before, after, subject);
            case TRANSFER_OUT -> messages.get("cli.alert.TRANSFER_OUT", before, after, subject);
            case SAVINGS_WITHDRAWAL_OUT -> messages.get("cli.alert.SAVINGS_WITHDRAWAL_OUT", before, after, subject);
            case DELEGATION_OUT -> messages.get("cli.alert.DELEGATION_OUT", before, after, subject);
        };
    }

    private Optional<String> remedy(Remedy r) {
        String target = r.target();
        return Optional.ofNullable(switch (r.kind()) {
            case REMOVE_ROUTE -> messages.get("cli.remedy.REMOVE_ROUTE", target);
            case STOP_POWER_DOWN -> messages.get("cli.remedy.STOP_POWER_DOWN", target);
            case UNDELEGATE -> messages.get("cli.remedy.UNDELEGATE", target);
            case CLEAR_PROXY -> messages.get("cli.remedy.CLEAR_PROXY", target);
            case CANCEL_SAVINGS_WITHDRAWAL -> messages.get("cli.remedy.CANCEL_SAVINGS_WITHDRAWAL", target);
            case CANCEL_RECOVERY_CHANGE -> messages.get("cli.remedy.CANCEL_RECOVERY_CHANGE", target);
            case CHANGE_PASSWORD -> messages.get("cli.remedy.CHANGE_PASSWORD", target);
            case ACCOUNT_RECOVERY -> messages.get("cli.remedy.ACCOUNT_RECOVERY", target);
            case NONE -> null;
        });
    }

    /** Machine output: stable field names, kinds as their enum names in lower case. */
    private static ObjectNode json(GuardAlert a) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("id", a.id());
        o.put("account", a.account().value());
        o.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        o.put("detected_at", PlanDetailOutput.time(a.detectedAt()));
        o.put("subject", a.subject());
        o.put("before", a.before());
        o.put("after", a.after());
        if (a.txId().isPresent()) {
            o.put("tx_id", a.txId().get());
        } else {
            o.putNull("tx_id");
        }
        o.put("own", a.own());
        ObjectNode remedy = o.putObject("remedy");
        remedy.put("kind", a.remedy().kind().name().toLowerCase(Locale.ROOT));
        remedy.put("target", a.remedy().target());
        remedy.put("account_recovery_steps", a.remedy().explainsRecovery());
        return o;
    }
}
