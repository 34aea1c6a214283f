package org.steemdesk.app.curation;

import java.util.List;
import java.util.OptionalLong;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * What one trail run did with each new post it saw, and which entries it could not look at because no node
 * answered. Posts the trail had already handled in an earlier run are not repeated here.
 */
public record TrailReport(AccountName account, List<Action> actions, List<TrailEntry> unreachable) {
    public TrailReport {
        actions = List.copyOf(actions);
        unreachable = List.copyOf(unreachable);
    }

    public long count(Outcome outcome) {
        return actions.stream().filter(a -> a.outcome() == outcome).count();
    }

    public enum Outcome {
        /** A scheduled vote is in the queue; the queue flusher sends it when due, with an unlocked key. */
        QUEUED,
        /** The account has voted on it, or has a vote for it in the queue already. */
        ALREADY_VOTED,
        PAYOUT_WINDOW_CLOSED,
        /** The entry's or the trail's votes of the day are used up; looked at again on the next day. */
        DAILY_CAP_REACHED,
        /** A curator voting for their own post, or a post of the voting account: skipped as the entry asks. */
        SELF_VOTE,
        /** A comment, and the entry votes root posts only. */
        COMMENT,
        /** Not among the entry's tags or authors, or among the excluded ones. */
        FILTERED,
        /** The post's pending payout is above the entry's maximum. */
        PAYOUT_TOO_HIGH,
        /** The post's pending payout is below the entry's minimum; looked at again while it is young. */
        PAYOUT_TOO_LOW
    }

    /**
     * {@code intentId} is the queued vote's id for {@link Outcome#QUEUED}, and {@code weight} the weight it was
     * queued with (a curator's trail may scale the entry's weight by the curator's vote).
     */
    public record Action(TrailEntry entry, AccountName author, Permlink permlink, Outcome outcome,
                         OptionalLong intentId, int weight) {

        /** An action at the entry's own weight. */
        public Action(TrailEntry entry, AccountName author, Permlink permlink, Outcome outcome, OptionalLong intentId) {
            this(entry, author, permlink, outcome, intentId, entry.weight());
        }
    }
}
