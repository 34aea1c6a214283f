package org.steemdesk.app.curation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * What one trail run did with each new post it saw, and which entries it could not look at because no node
 * answered. Posts the trail had already handled in an earlier run are not repeated here.
 */
public record TrailReport(AccountName account, List<Action> actions, List<TrailEntry> unreachable) {

    public TrailReport {
        Objects.requireNonNull(account, "account");
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
        DAILY_CAP_REACHED
    }

    /** {@code intentId} is the queued vote's id for {@link Outcome#QUEUED}. */
    public record Action(TrailEntry entry, AccountName author, Permlink permlink, Outcome outcome,
                         OptionalLong intentId) {
        public Action {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(permlink, "permlink");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(intentId, "intentId");
        }
    }
}
