package org.steemdesk.app.vote;

import java.util.Objects;
import org.steemdesk.app.storage.ChangeCounter;

/**
 * Notices a change of the vote queue made by anyone — this process or another Steemdesk process on the same data
 * folder (a {@code steemdesk vote --at-age 5m} from another terminal) — by looking at cache.db's change counter
 * ({@link ChangeCounter}) and, when it moved, at the queue's fingerprint. Each {@link #check()} is one cheap read; a
 * periodic job calls it a few times a second and the {@link VoteClock} is woken only for a queue change.
 */
public final class QueueWatch implements AutoCloseable {
    private final ChangeCounter counter;
    private final VoteQueue queue;
    private final Runnable onChange;
    private long lastValue;
    private String lastFingerprint;

    QueueWatch(ChangeCounter counter, VoteQueue queue, Runnable onChange) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.lastValue = counter.value();
        this.lastFingerprint = queue.fingerprint();
    }

    /** Calls back when the queue changed since the last check. */
    public synchronized void check() {
        long value = counter.value();
        if (value == lastValue) {
            return;
        }
        lastValue = value;
        String fingerprint = queue.fingerprint();
        if (!fingerprint.equals(lastFingerprint)) {
            lastFingerprint = fingerprint;
            onChange.run();
        }
    }

    @Override
    public void close() {
        counter.close();
    }
}
