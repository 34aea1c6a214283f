package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Locale;

/**
 * What a node's error means for the caller. Classified from {@code data.name} and the message text, never from the
 * code alone: steemd reports almost every chain rejection as -32000.
 */
public enum NodeErrorKind {
    MISSING_AUTHORITY(false),
    IRRELEVANT_SIGNATURE(false),
    DUPLICATE_TRANSACTION(false),
    TRANSACTION_EXPIRED(false),
    TAPOS_MISMATCH(false),
    UNKNOWN_KEY(false),
    INVALID_PARAMS(false),
    METHOD_NOT_FOUND(false),
    /** The vote repeats the voter's current vote on the post ("identical to this vote", "in a similar way"). */
    VOTE_IDENTICAL(false),
    /** The voter has changed the vote on this post as often as steemd allows. */
    VOTE_CHANGES_EXHAUSTED(false),
    /** A vote within 3 seconds of the voter's previous one ({@code STEEM_MIN_VOTE_INTERVAL_SEC}). */
    VOTE_INTERVAL(false),
    /** The voting (or downvote) manabar is too low for this vote. */
    NOT_ENOUGH_MANA(false),
    /** The account's resource credits do not cover the transaction ("has N RC, needs M RC"). */
    NOT_ENOUGH_RC(false),
    /** The post is past its payout window, or in the last phase before payout where votes are refused. */
    PAYOUT_WINDOW_CLOSED(false),
    /** The post does not accept votes ({@code allow_votes} false). */
    VOTES_NOT_ALLOWED(false),
    /** Any other failed assertion of an evaluator. */
    ASSERT_FAILED(false),
    /** Any other chain or API rejection; deterministic, because guessing "transient" could repeat a rejected broadcast. */
    OTHER(false),
    /** jussi could not get an answer from its upstream ("Internal Error", -32603). */
    PROXY_INTERNAL_ERROR(true),
    /** jussi gave up waiting for its upstream ("Request Timeout", 1000). */
    PROXY_TIMEOUT(true),
    /** steemd was too busy to take its database lock. */
    NODE_BUSY(true);

    private final boolean transientError;

    NodeErrorKind(boolean transientError) {
        this.transientError = transientError;
    }

    public boolean isTransient() {
        return transientError;
    }

    /**
     * The kind of a node message stored without its kind (rows written before kinds were stored): the same rules as
     * for a live error, without its code and data.
     */
    public static NodeErrorKind ofMessage(String message) {
        return classify(0, message, MissingNode.getInstance());
    }

    static NodeErrorKind classify(int code, String message, JsonNode data) {
        String name = data.path("name").asText("");
        if (message.contains("Duplicate transaction check failed")) {
            return DUPLICATE_TRANSACTION;
        }
        if (name.startsWith("tx_missing_") || message.matches("(?s).*Missing (Owner|Active|Posting) Authority.*")
                || message.toLowerCase(Locale.ROOT).matches("(?s).*missing (required )?(owner|active|posting) authority.*")) {
            return MISSING_AUTHORITY;
        }
        if (name.equals("tx_irrelevant_sig") || message.contains("Unnecessary signature")) {
            return IRRELEVANT_SIGNATURE;
        }
        if (name.equals("transaction_expiration_exception") || message.startsWith("transaction expiration exception")) {
            return TRANSACTION_EXPIRED;
        }
        if (name.equals("transaction_tapos_exception") || message.startsWith("transaction tapos exception")) {
            return TAPOS_MISMATCH;
        }
        if (name.equals("St12out_of_range") || message.contains("unknown key") || message.contains("out_of_range")) {
            return UNKNOWN_KEY;
        }
        if (message.contains("Could not find method") || message.contains("Could not find API")) {
            return METHOD_NOT_FOUND;
        }
        if (message.equals("Invalid parameters") || message.matches("(?s).*args\\.size\\(\\) == \\d+.*")
                || message.contains("too few arguments passed to method")) {
            return INVALID_PARAMS;
        }
        if (message.equals("Internal Error") && (code == -32603 || data.has("jussi_request_id"))) {
            return PROXY_INTERNAL_ERROR;
        }
        if (message.equals("Request Timeout")) {
            return PROXY_TIMEOUT;
        }
        if (message.contains("Unable to acquire database lock")) {
            return NODE_BUSY;
        }
        NodeErrorKind vote = voteRefusal(message.toLowerCase(Locale.ROOT));
        if (vote != null) {
            return vote;
        }
        if (name.equals("assert_exception") || message.startsWith("Assert Exception")) {
            return ASSERT_FAILED;
        }
        return OTHER;
    }

    /**
     * steemd's refusals of a vote and the RC plugin's, by their stable texts (steem_evaluator.cpp
     * {@code hf20_vote_evaluator}, the RC plugin), or null for another message.
     */
    private static NodeErrorKind voteRefusal(String m) {
        if (m.contains("identical to this vote") || m.contains("already voted in a similar way")) {
            return VOTE_IDENTICAL;
        }
        if (m.contains("maximum number of vote changes")) {
            return VOTE_CHANGES_EXHAUSTED;
        }
        if (m.contains("once every 3 seconds")) {
            return VOTE_INTERVAL;
        }
        if (m.contains("enough mana to vote") || m.contains("does not have enough mana")) {
            return NOT_ENOUGH_MANA;
        }
        // "Account: x has 3205 RC, needs 4354 RC. Please wait to transact, or power up STEEM."
        if (m.contains(" rc, needs ") || m.contains("please wait to transact")) {
            return NOT_ENOUGH_RC;
        }
        if (m.contains("actively being rewarded") || m.contains("after payout")
                || m.contains("within last twelve hours before payout")) {
            return PAYOUT_WINDOW_CLOSED;
        }
        if (m.contains("votes are not allowed")) {
            return VOTES_NOT_ALLOWED;
        }
        return null;
    }
}
