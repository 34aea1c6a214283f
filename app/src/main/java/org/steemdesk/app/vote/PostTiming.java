package org.steemdesk.app.vote;

import java.time.Instant;
import java.util.Objects;

/**
 * What the queue needs to know about a post before voting: when it was created, when it pays out
 * ({@code cashout_time}; steemd prints {@code 1969-12-31T23:59:59} once paid out) and the node's head-block time
 * at the moment of the lookup, so post ages are measured in chain time.
 */
public record PostTiming(Instant created, Instant cashoutTime, Instant chainTime) {
    /** condenser's {@code time_point_sec::maximum()} as a cashout time: the post has been paid out. */
    public static final Instant PAID_OUT = Instant.parse("1969-12-31T23:59:59Z");

    public PostTiming {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cashoutTime, "cashoutTime");
        Objects.requireNonNull(chainTime, "chainTime");
    }

    /**
     * Votes change the payout only before {@code cashout_time}: after it steemd refuses them ("actively being
     * rewarded") or, once paid out, accepts them with no effect (FACTS.md, hf20_vote_evaluator).
     */
    public boolean acceptsVotes() {
        return chainTime.isBefore(cashoutTime);
    }
}
