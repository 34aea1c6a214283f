package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Messages;

/** How vote intents are printed by {@code vote} and {@code queue}. */
final class IntentOutput {
    private IntentOutput() {
    }

    static ObjectNode json(VoteIntent i) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("id", i.id());
        o.put("account", i.account().value());
        o.put("author", i.author().value());
        o.put("permlink", i.permlink().value());
        o.put("weight", i.weight());
        o.put("weight_percent", CliFormat.percent(i.weight()));
        o.put("state", i.state().name());
        o.put("created_at", i.createdAt().toString());
        o.put("not_before", i.notBefore().map(Instant::toString).orElse(null));
        if (i.atAge().isPresent()) {
            o.put("at_age_seconds", i.atAge().get().toSeconds());
        } else {
            o.putNull("at_age_seconds");
        }
        if (i.minManaBasisPoints().isPresent()) {
            o.put("min_mana_percent", CliFormat.percentNumber(i.minManaBasisPoints().getAsInt()));
        } else {
            o.putNull("min_mana_percent");
        }
        o.put("due_at", i.state().isWaiting() ? i.dueAt().map(Instant::toString).orElse(null) : null);
        o.put("tx_id", i.txId().orElse(null));
        o.put("reason", i.reason().map(Enum::name).orElse(null));
        o.put("node_message", i.nodeMessage().orElse(null));
        return o;
    }

    /** "#3 alice → kimchi/seoul-noodle-trip 100%: sent (tx 0a1b2c…)", in the CLI's language. */
    static String line(VoteIntent i, Instant now, Messages m) {
        return m.get("cli.intent.line", String.valueOf(i.id()), i.account().value(), i.author().value(),
                i.permlink().value(), CliFormat.percent(i.weight()), status(i, now, m));
    }

    static String status(VoteIntent i, Instant now, Messages m) {
        String tx = i.txId().map(t -> " " + m.get("cli.intent.tx", t)).orElse("");
        return switch (i.state()) {
            case SENT -> m.get("cli.intent.sent") + tx;
            case SENDING -> m.get("cli.intent.sending") + tx;
            case CANCELLED -> i.reason().filter(r -> r == VoteFailure.REPLACED).isPresent()
                    ? m.get("cli.intent.replaced") : m.get("cli.intent.cancelled");
            case FAILED -> m.get("cli.intent.failed", i.reason().map(r -> reason(r, m))
                    .orElse(m.get("cli.intent.refused")))
                    + i.nodeMessage().map(n -> " " + m.get("cli.intent.node", n)).orElse("");
            case PENDING, RETRY_LATER -> waiting(i, now, m);
        };
    }

    private static String waiting(VoteIntent i, Instant now, Messages m) {
        String why = i.reason().map(r -> " — " + reason(r, m)).orElse("");
        if (i.awaitsPostTime()) {
            return m.get("cli.intent.queued.age", String.valueOf(i.atAge().orElseThrow().toSeconds())) + why;
        }
        Instant due = i.dueAt().orElse(now);
        if (due.isAfter(now)) {
            return m.get("cli.intent.queued.until", due.toString()) + why;
        }
        return m.get("cli.intent.queued") + why;
    }

    /** Why a vote failed or waits, as the user reads it; "(will retry)" where it is tried again. */
    static String reason(VoteFailure f, Messages m) {
        String text = switch (f) {
            case ALREADY_VOTED_IDENTICALLY -> m.get("cli.intent.reason.ALREADY_VOTED_IDENTICALLY");
            case VOTE_CHANGES_EXHAUSTED -> m.get("cli.intent.reason.VOTE_CHANGES_EXHAUSTED");
            case VOTE_INTERVAL -> m.get("cli.intent.reason.VOTE_INTERVAL");
            case NOT_ENOUGH_MANA -> m.get("cli.intent.reason.NOT_ENOUGH_MANA");
            case NOT_ENOUGH_RC -> m.get("cli.intent.reason.NOT_ENOUGH_RC");
            case MANA_BELOW_FLOOR -> m.get("cli.intent.reason.MANA_BELOW_FLOOR");
            case POST_PAID_OUT -> m.get("cli.intent.reason.POST_PAID_OUT");
            case VOTES_NOT_ALLOWED -> m.get("cli.intent.reason.VOTES_NOT_ALLOWED");
            case UNKNOWN_POST_OR_ACCOUNT -> m.get("cli.intent.reason.UNKNOWN_POST_OR_ACCOUNT");
            case MISSING_AUTHORITY -> m.get("cli.intent.reason.MISSING_AUTHORITY");
            case REPLACED -> m.get("cli.intent.reason.REPLACED");
            case REJECTED_BY_NODE -> m.get("cli.intent.reason.REJECTED_BY_NODE");
        };
        return f.retriable() ? text + " " + m.get("cli.intent.retry") : text;
    }

    /** A vote's state as one word (the English one is the enum's name in lower case). */
    static String state(VoteState state, Messages m) {
        return switch (state) {
            case PENDING -> m.get("cli.intent.state.PENDING");
            case RETRY_LATER -> m.get("cli.intent.state.RETRY_LATER");
            case SENDING -> m.get("cli.intent.state.SENDING");
            case SENT -> m.get("cli.intent.state.SENT");
            case FAILED -> m.get("cli.intent.state.FAILED");
            case CANCELLED -> m.get("cli.intent.state.CANCELLED");
        };
    }
}
