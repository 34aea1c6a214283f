package org.steemdesk.app.stake;

import java.util.Objects;

/**
 * Why a vote cannot be valued (and, for most kinds, would not be accepted either). The {@link Kind} is what the app
 * translates; {@link #detail()} is the one value the sentence needs (a curve name, a field, a weight), and the
 * message is a plain English line for logs and the CLI's fallback.
 */
public final class VoteEstimateException extends RuntimeException {

    /** The kinds of refusal, each a sentence in the app's bundles. */
    public enum Kind {
        /** The weight is outside −100 % … 100 % ({@code STEEM_100_PERCENT}); detail: the weight. */
        WEIGHT_OUT_OF_RANGE,
        /** A vote of weight 0 is not a vote (steemd: "Vote weight cannot be 0."). */
        ZERO_WEIGHT,
        /** The node knows no such post. */
        POST_NOT_FOUND,
        /** The node knows no such account. */
        ACCOUNT_NOT_FOUND,
        /** The post has been paid out; a vote now is recorded without effect. */
        POST_PAID_OUT,
        /** The cashout time has passed and the payout is being made ("actively being rewarded"). */
        POST_IN_PAYOUT,
        /** The author turned votes off (an upvote is refused). */
        VOTES_NOT_ALLOWED,
        /** The voter's current vote on the post has this weight already. */
        IDENTICAL_VOTE,
        /** The voter's mana cannot pay for this vote. */
        NOT_ENOUGH_MANA,
        /** The reward fund names a curve steemd does not know; detail: the name. */
        UNKNOWN_CURVE,
        /** The node's answer lacks a field the arithmetic needs; detail: method and field. */
        MISSING_FIELD
    }

    private final Kind kind;
    private final String detail;

    public VoteEstimateException(Kind kind, String detail, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** A node answer without {@code field}: {@code method} names the call, e.g. {@code get_content}. */
    public static VoteEstimateException missing(String method, String field) {
        return new VoteEstimateException(Kind.MISSING_FIELD, method + " " + field,
                "the node's " + method + " answer has no " + field + "; the vote cannot be valued without it");
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
