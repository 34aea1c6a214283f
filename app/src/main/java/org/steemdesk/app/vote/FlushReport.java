package org.steemdesk.app.vote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one flush did to each intent it touched, and whether it stopped because no node answered. */
public record FlushReport(List<Outcome> outcomes, boolean offline) {

    public FlushReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public enum Kind {
        /** On chain now. */
        SENT,
        FAILED,
        RETRY_LATER,
        /** Left queued: the posting key is not unlocked. */
        KEY_LOCKED,
        /** Sent with no clear answer; the same transaction goes again next time. */
        IN_FLIGHT,
        /** Its transaction expired without landing; the next flush signs a new one. */
        REQUEUED,
        /** An at-age vote got its send time from the post's creation time. */
        SCHEDULED
    }

    public record Outcome(long intentId, Kind kind, Optional<VoteFailure> reason) {
        public Outcome {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
