package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.runner.RunnerEvent;
import org.steemdesk.app.vote.VoteFailureMessages;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;

/**
 * The curation runner's log: one line per event, in the CLI's language, starting with the local time; or, with
 * {@code --json}, one JSON object per line (a contract for scripts: field names as below, times in UTC).
 */
record RunnerOutput(PrintStream out, Messages messages, boolean json, ZoneId zone) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    synchronized void print(RunnerEvent event) {
        out.println(json ? json(event).toString() : TIME.format(event.at().atZone(zone)) + "  " + line(event));
        out.flush();
    }

    private String line(RunnerEvent event) {
        if (event instanceof RunnerEvent.Started s) {
            return messages.get("cli.curate.started", s.accounts().stream().map(AccountName::value)
                    .collect(Collectors.joining(", ")), s.waiting());
        } else if (event instanceof RunnerEvent.VoteQueued q) {
            return vote(q.intent()) + ": " + queued(q.intent());
        } else if (event instanceof RunnerEvent.VoteOutcome o) {
            return vote(o.intent()) + ": " + outcome(o);
        } else if (event instanceof RunnerEvent.TrailDecision t) {
            return trail(t.account(), t.action());
        } else if (event instanceof RunnerEvent.Offline o) {
            return messages.get("cli.curate.offline", o.retryIn().toSeconds());
        } else if (event instanceof RunnerEvent.BackOnline) {
            return messages.get("cli.curate.online");
        } else if (event instanceof RunnerEvent.JobFailed f) {
            return messages.get("cli.curate.job_failed", f.job(), f.message());
        }
        RunnerEvent.Stopped s = (RunnerEvent.Stopped) event;
        return s.abandonedSend() ? messages.get("cli.curate.stopped_in_flight") : messages.get("cli.curate.stopped");
    }

    private static String vote(VoteIntent i) {
        return i.account() + " → " + i.author() + "/" + i.permlink() + " " + CliFormat.percent(i.weight());
    }

    private String queued(VoteIntent i) {
        if (i.awaitsPostTime()) {
            return messages.get("cli.curate.queued_at_age", i.atAge().orElseThrow().toSeconds());
        }
        return messages.get("cli.curate.queued_due", time(i.dueAt().orElse(i.createdAt())));
    }

    private String outcome(RunnerEvent.VoteOutcome o) {
        VoteIntent i = o.intent();
        String why = o.reason().map(r -> VoteFailureMessages.describe(r, messages)).orElse("");
        return switch (o.kind()) {
            case SENT -> messages.get("cli.curate.sent", i.txId().orElse("-"));
            case FAILED -> messages.get("cli.curate.failed", why);
            case RETRY_LATER -> messages.get("cli.curate.retry", time(i.dueAt().orElse(o.at())), why);
            case KEY_LOCKED -> messages.get("cli.curate.no_key", i.account().value());
            case IN_FLIGHT -> messages.get("cli.curate.in_flight");
            case REQUEUED -> messages.get("cli.curate.requeued");
            case SCHEDULED -> messages.get("cli.curate.scheduled", time(i.dueAt().orElse(o.at())));
        };
    }

    private String trail(AccountName account, TrailReport.Action a) {
        String post = a.author() + "/" + a.permlink();
        String weight = CliFormat.percent(a.weight());
        return switch (a.outcome()) {
            case QUEUED -> messages.get("cli.curate.trail_queued", account.value(), post, weight, a.entry().name(),
                    a.intentId().orElse(0));
            case ALREADY_VOTED -> messages.get("cli.curate.trail_voted", account.value(), post);
            case PAYOUT_WINDOW_CLOSED -> messages.get("cli.curate.trail_closed", account.value(), post);
            case DAILY_CAP_REACHED -> messages.get("cli.curate.trail_cap", account.value(), post);
            case SELF_VOTE, COMMENT, FILTERED, PAYOUT_TOO_HIGH, PAYOUT_TOO_LOW -> messages.get(
                    "cli.curate.trail_skipped",
                    account.value(), post, TrailOutput.why(a.outcome(), messages));
        };
    }

    private String time(Instant t) {
        return TIME.format(t.atZone(zone));
    }

    static ObjectNode json(RunnerEvent event) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("at", event.at().toString());
        if (event instanceof RunnerEvent.Started s) {
            o.put("event", "started");
            s.accounts().forEach(a -> o.withArray("accounts").add(a.value()));
            o.put("waiting", s.waiting());
        } else if (event instanceof RunnerEvent.VoteQueued q) {
            o.put("event", "vote_queued");
            intent(o, q.intent());
        } else if (event instanceof RunnerEvent.VoteOutcome v) {
            o.put("event", "vote_" + v.kind().name().toLowerCase(Locale.ROOT));
            intent(o, v.intent());
            o.put("reason", v.reason().map(Enum::name).orElse(null));
        } else if (event instanceof RunnerEvent.TrailDecision t) {
            o.put("event", "trail_" + t.action().outcome().name().toLowerCase(Locale.ROOT));
            o.put("account", t.account().value());
            o.put("author", t.action().author().value());
            o.put("permlink", t.action().permlink().value());
            o.put("weight", t.action().weight());
            o.put("trail", t.action().entry().name());
            t.action().intentId().ifPresent(id -> o.put("intent_id", id));
        } else if (event instanceof RunnerEvent.Offline f) {
            o.put("event", "offline");
            o.put("retry_in_seconds", f.retryIn().toSeconds());
        } else if (event instanceof RunnerEvent.BackOnline) {
            o.put("event", "online");
        } else if (event instanceof RunnerEvent.JobFailed f) {
            o.put("event", "job_failed");
            o.put("job", f.job());
            o.put("message", f.message());
        } else if (event instanceof RunnerEvent.Stopped s) {
            o.put("event", "stopped");
            o.put("abandoned_send", s.abandonedSend());
        }
        return o;
    }

    private static void intent(ObjectNode o, VoteIntent i) {
        o.put("intent_id", i.id());
        o.put("account", i.account().value());
        o.put("author", i.author().value());
        o.put("permlink", i.permlink().value());
        o.put("weight", i.weight());
        o.put("state", i.state().name());
        Optional<Instant> due = i.state().isWaiting() ? i.dueAt() : Optional.empty();
        o.put("due_at", due.map(Instant::toString).orElse(null));
        o.put("tx_id", i.txId().orElse(null));
    }
}
