package org.steemdesk.app.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One thing the curation runner did, as data: a door prints it as one log line in its language (or as JSON). Times
 * are this computer's.
 */
public sealed interface RunnerEvent {
    Instant at();

    /** Started for these accounts, with this many votes waiting in the queue. */
    record Started(Instant at, List<AccountName> accounts, int waiting) implements RunnerEvent {
        public Started {
            accounts = List.copyOf(accounts);
        }
    }

    /** A waiting vote the runner had not seen before (queued by a trail, a command or the desktop app). */
    record VoteQueued(Instant at, VoteIntent intent) implements RunnerEvent {
        public VoteQueued {
            Objects.requireNonNull(intent, "intent");
        }
    }

    /** What a send did to a vote: sent (the intent holds the transaction id), failed, retried later, scheduled… */
    record VoteOutcome(Instant at, VoteIntent intent, FlushReport.Kind kind, Optional<VoteFailure> reason)
            implements RunnerEvent {
        public VoteOutcome {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A trail's decision on a new post. */
    record TrailDecision(Instant at, AccountName account, TrailReport.Action action) implements RunnerEvent {
        public TrailDecision {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(action, "action");
        }
    }

    /** No node answered; the votes stay queued and the next attempt is in {@code retryIn}. */
    record Offline(Instant at, Duration retryIn) implements RunnerEvent {
    }

    /** A node answers again after an outage. */
    record BackOnline(Instant at) implements RunnerEvent {
    }

    /** A periodic job failed in an unexpected way ({@code job} names it); the runner goes on. */
    record JobFailed(Instant at, String job, String message) implements RunnerEvent {
    }

    /** Stopped; {@code abandonedSend} when a send was still waiting on a node (the outbox re-sends its bytes later). */
    record Stopped(Instant at, boolean abandonedSend) implements RunnerEvent {
    }
}
