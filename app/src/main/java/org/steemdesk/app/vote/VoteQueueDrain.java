package org.steemdesk.app.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flushes until nothing more is due soon. The chain takes one vote per account every 3 seconds, so a flush of
 * several votes leaves all but the first waiting a few seconds; this waits for them instead of leaving them to the
 * next run. It stops when the queue is offline or busy, or when the next due vote is further away than
 * {@code horizon} (scheduled votes, mana floors).
 */
public record VoteQueueDrain(VoteQueueFlusher flusher, VoteQueue queue, Clock clock, Sleeper sleeper,
                             Duration horizon) {

    /** Waits between flushes; tests pass one that moves their clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A node that keeps answering "wait 3 seconds" must not keep the caller forever. */
    static final int MAX_FLUSHES = 100;

    /** Every flush's report, in order (at least one). */
    public List<FlushReport> drain() {
        List<FlushReport> reports = new ArrayList<>();
        while (reports.size() < MAX_FLUSHES) {
            FlushReport report = flusher.flush();
            reports.add(report);
            if (report.offline() || report.busy() || !progressed(report)) {
                return reports;
            }
            Optional<Instant> next = nextDue();
            Instant now = clock.instant();
            if (next.isEmpty() || next.get().isAfter(now.plus(horizon))) {
                return reports;
            }
            if (next.get().isAfter(now)) {
                try {
                    sleeper.sleep(Duration.between(now, next.get()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return reports;
                }
            }
        }
        return reports;
    }

    /** A flush that only left things waiting (keys locked, nothing due) would be repeated to no effect. */
    private static boolean progressed(FlushReport report) {
        return report.outcomes().stream().anyMatch(o -> o.kind() == FlushReport.Kind.SENT
                || o.kind() == FlushReport.Kind.RETRY_LATER || o.kind() == FlushReport.Kind.REQUEUED
                || o.kind() == FlushReport.Kind.SCHEDULED);
    }

    private Optional<Instant> nextDue() {
        return queue.waiting().stream().map(VoteIntent::dueAt).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
