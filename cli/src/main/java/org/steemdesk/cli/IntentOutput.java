package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.json.SteemJson;

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

    /** "#3 alice → kimchi/seoul-noodle-trip 100%: sent (tx 0a1b2c…)". */
    static String line(VoteIntent i, Instant now) {
        return "#" + i.id() + " " + i.account() + " → " + i.author() + "/" + i.permlink() + " "
                + CliFormat.percent(i.weight()) + ": " + status(i, now);
    }

    static String status(VoteIntent i, Instant now) {
        return switch (i.state()) {
            case SENT -> "sent" + i.txId().map(t -> " (tx " + t + ")").orElse("");
            case SENDING -> "sending; its signed transaction is re-sent until it is confirmed"
                    + i.txId().map(t -> " (tx " + t + ")").orElse("");
            case CANCELLED -> i.reason().filter(r -> r == VoteFailure.REPLACED).isPresent()
                    ? "replaced by a newer vote on the same post" : "cancelled";
            case FAILED -> "failed: " + i.reason().map(IntentOutput::reason).orElse("refused")
                    + i.nodeMessage().map(m -> " (node: " + m + ")").orElse("");
            case PENDING, RETRY_LATER -> waiting(i, now);
        };
    }

    private static String waiting(VoteIntent i, Instant now) {
        String why = i.reason().map(r -> " — " + reason(r)).orElse("");
        if (i.awaitsPostTime()) {
            return "queued: goes when the post is " + i.atAge().orElseThrow().toSeconds() + " s old" + why;
        }
        Instant due = i.dueAt().orElse(now);
        if (due.isAfter(now)) {
            return "queued until " + due + why;
        }
        return "queued" + why;
    }

    static String reason(VoteFailure f) {
        return switch (f) {
            case ALREADY_VOTED_IDENTICALLY -> "you already voted this way on this post";
            case VOTE_CHANGES_EXHAUSTED -> "no vote changes left on this post";
            case VOTE_INTERVAL -> "the chain takes one vote every 3 seconds";
            case NOT_ENOUGH_MANA -> "not enough voting mana";
            case NOT_ENOUGH_RC -> "not enough resource credits";
            case MANA_BELOW_FLOOR -> "voting mana is below the minimum set for this vote";
            case POST_PAID_OUT -> "the post is past its payout window";
            case VOTES_NOT_ALLOWED -> "the author does not allow votes on this post";
            case UNKNOWN_POST_OR_ACCOUNT -> "no such post or account";
            case MISSING_AUTHORITY -> "the key in the vault has no posting authority for this account";
            case REPLACED -> "replaced by a newer vote";
            case REJECTED_BY_NODE -> "refused by the node";
        } + (f.retriable() ? " (will retry)" : "");
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
