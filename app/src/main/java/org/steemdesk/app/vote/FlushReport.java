package org.steemdesk.app.vote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.node.NodeProblem;

/**
 * What one flush did to each intent it touched, whether it stopped because no node answered (and what the node tried
 * last did, e.g. a head block time far ahead of this computer's clock), and whether it did nothing because another
 * flusher (another window or process) was already at work.
 */
public record FlushReport(List<Outcome> outcomes, boolean offline, boolean busy, Optional<NodeProblem> problem) {

    public FlushReport {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(problem, "problem");
    }

    public FlushReport(List<Outcome> outcomes, boolean offline, boolean busy) {
        this(outcomes, offline, busy, Optional.empty());
    }

    FlushReport(List<Outcome> outcomes, boolean offline) {
        this(outcomes, offline, false);
    }

    static FlushReport alreadyRunning() {
        return new FlushReport(List.of(), false, true);
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
