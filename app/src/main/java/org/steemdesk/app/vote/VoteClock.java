package org.steemdesk.app.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;

/**
 * The one scheduler of vote sending, for the desktop app and the curation runner alike. It sleeps until the due
 * instant of the next waiting vote (on this computer's clock, already corrected for the chain's: see
 * {@link ChainClock}) and then sends what is due; a vote for "now" goes at once. It is not a poll: between votes it
 * waits until the next one is due or until {@link #wake()} says the queue changed (a vote added, cancelled or
 * changed, here or by another process, or the vault unlocked).
 *
 * <p>{@link #LEAD} before a vote is due it sharpens the chain clock with a few head-block reads if needed, then
 * fetches the vote's chain state ahead ({@link VoteLookahead}), so the estimate's reads never delay the send. When no
 * node answers it backs off (1 s doubling to a minute) and keeps the queue; when another process holds the flush
 * lock it waits a moment; when a due vote cannot go (its key is not unlocked) it waits for a change. Each send's
 * report goes to the {@link Listener}. Tests drive {@link #step()} with their own clock and {@link Waiter}.
 */
public final class VoteClock implements AutoCloseable {
    /** How long before a vote is due its chain state is fetched and the chain clock sharpened. */
    public static final Duration LEAD = Duration.ofSeconds(15);
    /** The chain clock is sharp enough when it knows a block's arrival here to within this. */
    public static final Duration PRECISION = Duration.ofMillis(250);
    /** The last head-block probe is this long before the due instant, to leave time for the state's reads. */
    static final Duration PROBE_MARGIN = Duration.ofSeconds(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** Another process is sending from this data folder: look again after this. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(2);
    /** A due vote that cannot go (its key is locked) is tried again after this, or when something changes. */
    static final Duration STUCK_RETRY = Duration.ofMinutes(1);

    /** What the clock drives: the app's votes ({@link Votes}). */
    public interface Target {
        /** The earliest instant a waiting vote may go (now for an at-age vote whose post time is unknown). */
        Optional<Instant> nextDue();

        /** When a head-block read would sharpen the chain clock; empty when it is sharp enough. */
        Optional<Instant> nextProbe(Duration precision);

        /** Reads the head block once, for the chain clock. */
        void probe() throws NodeUnreachableException;

        /** Fetches ahead the chain state of the votes due by {@code dueBy} and re-times at-age votes. */
        void prepare(Instant dueBy) throws NodeUnreachableException;

        /** Sends what is due now, once (no waiting for later votes). */
        FlushReport flushDue();
    }

    /** Waits until an instant (or for ever), returning early when woken. */
    public interface Waiter {
        /** @return true when woken before {@code until} */
        boolean await(Optional<Instant> until) throws InterruptedException;

        void wake();
    }

    /** What the clock did, for a status bar or a log. */
    public interface Listener {
        void sent(FlushReport report);

        /** No node answered; the next attempt is in {@code retryIn}. */
        default void offline(Duration retryIn) {
        }

        /** Another Steemdesk process holds the flush lock of this data folder. */
        default void busy() {
        }

        /** A step failed in an unexpected way; the clock goes on after a backoff. */
        default void failed(RuntimeException e) {
        }
    }

    private final Target votes;
    private final Clock clock;
    private final Waiter waiter;
    private final Listener listener;
    private Duration backoff = FIRST_BACKOFF;
    private Optional<Instant> preparedFor = Optional.empty();
    private volatile boolean closed;

    public VoteClock(Target votes, Clock clock, Waiter waiter, Listener listener) {
        this.votes = Objects.requireNonNull(votes, "votes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A waiter on real time: a monitor whose timed wait a {@link #wake()} cuts short. */
    public static Waiter realTime(Clock clock) {
        return new MonitorWaiter(clock);
    }

    /** Steps until closed; for a thread of its own. */
    public void run() {
        while (!closed) {
            try {
                step();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The queue changed (or the vault was unlocked): decide again now. */
    public void wake() {
        waiter.wake();
    }

    /** Stops after the step under way; a send in progress finishes (the outbox keeps it exactly once anyway). */
    @Override
    public void close() {
        closed = true;
        waiter.wake();
    }

    public boolean isClosed() {
        return closed;
    }

    /** One decision: send what is due, sharpen the clock or prepare ahead, or wait until the next of these. */
    public void step() throws InterruptedException {
        try {
            decide();
        } catch (RuntimeException e) {
            listener.failed(e);
            waitFor(backoffAfterFailure());
        }
    }

    private void decide() throws InterruptedException {
        Optional<Instant> next = votes.nextDue();
        Instant now = clock.instant();
        if (next.isEmpty()) {
            waiter.await(Optional.empty());
            return;
        }
        Instant due = next.get();
        if (!due.isAfter(now)) {
            send();
            return;
        }
        if (!now.isBefore(due.minus(LEAD)) && !preparedFor.equals(next)) {
            Optional<Instant> probe = votes.nextProbe(PRECISION).filter(p -> p.isBefore(due.minus(PROBE_MARGIN)));
            if (probe.isPresent() && probe.get().isAfter(now)) {
                waitFor(probe.get());
            } else if (probe.isPresent()) {
                tryRead(votes::probe);
            } else {
                tryRead(() -> votes.prepare(due.plus(LEAD)));
                preparedFor = next;
            }
            return;
        }
        waitFor(preparedFor.equals(next) ? due : due.minus(LEAD));
    }

    private void send() throws InterruptedException {
        FlushReport report = votes.flushDue();
        listener.sent(report);
        if (report.offline()) {
            Duration wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            listener.offline(wait);
            waitFor(clock.instant().plus(wait));
            return;
        }
        backoff = FIRST_BACKOFF;
        if (report.busy()) {
            listener.busy();
            waitFor(clock.instant().plus(BUSY_RETRY));
            return;
        }
        Optional<Instant> after = votes.nextDue();
        if (!progressed(report) && after.isPresent() && !after.get().isAfter(clock.instant())) {
            waitFor(clock.instant().plus(STUCK_RETRY));
        }
    }

    /** A read ahead that fails only costs the lookahead: the send reads what it needs itself. */
    private void tryRead(Read read) {
        try {
            read.run();
        } catch (NodeUnreachableException offline) {
            // The send at the due instant finds out and backs off.
        }
    }

    @FunctionalInterface
    private interface Read {
        void run() throws NodeUnreachableException;
    }

    private Duration backoffAfterFailure() {
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        return wait;
    }

    private void waitFor(Duration d) throws InterruptedException {
        waitFor(clock.instant().plus(d));
    }

    private void waitFor(Instant until) throws InterruptedException {
        if (!closed) {
            waiter.await(Optional.of(until));
        }
    }

    /** Whether the flush changed the queue, so the next decision differs. */
    private static boolean progressed(FlushReport report) {
        return report.outcomes().stream().anyMatch(o -> o.kind() != FlushReport.Kind.KEY_LOCKED);
    }

    /** Real time: waits on a monitor, woken by {@link #wake()}; a wake with no one waiting is kept for the next wait. */
    private static final class MonitorWaiter implements Waiter {
        private final Clock clock;
        private boolean woken;

        MonitorWaiter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized boolean await(Optional<Instant> until) throws InterruptedException {
            while (!woken) {
                if (until.isEmpty()) {
                    wait();
                    continue;
                }
                long millis = Duration.between(clock.instant(), until.get()).toMillis();
                if (millis <= 0) {
                    return false;
                }
                wait(millis);
            }
            woken = false;
            return true;
        }

        @Override
        public synchronized void wake() {
            woken = true;
            notifyAll();
        }
    }
}
