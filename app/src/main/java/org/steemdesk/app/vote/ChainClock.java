package org.steemdesk.app.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the chain's blocks fall on this computer's clock. A vote "when the post is 300 s old" counts the age as
 * steemd does, from the head block's time when the vote is applied, so it must be sent once a block at or after
 * that instant has become the node's head: not earlier (it would land with a smaller age) and not much later.
 *
 * <p>Each head-block read is an observation: if the node answered with head time {@code H} between {@code sent}
 * and {@code received} (this clock), then block {@code H} was visible by {@code received} and block
 * {@code H + interval} was not yet visible at {@code sent}. So the delay from a block's time to its visibility here,
 * the <em>offset</em>, lies in {@code (sent − H − interval, received − H]}. Observations narrow that interval; the
 * clock schedules with its upper end, so a vote is never sent before its block. Old observations are dropped
 * ({@link #MEMORY}): clocks drift and the node list changes.
 */
public final class ChainClock {
    /** steemd's {@code STEEM_BLOCK_INTERVAL}: block times are the head's time plus a multiple of it. */
    public static final Duration BLOCK_INTERVAL = Duration.ofSeconds(3);
    /** How long an observation is trusted. */
    static final Duration MEMORY = Duration.ofMinutes(10);

    private final Clock clock;
    private final Deque<Observation> observations = new ArrayDeque<>();

    private record Observation(Instant at, Instant head, Duration lower, Duration upper) {
    }

    public ChainClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The node's head block time {@code head}, read between {@code sent} and {@code received} on this clock. */
    public synchronized void observe(Instant head, Instant sent, Instant received) {
        Duration upper = Duration.between(head, received);
        Duration lower = Duration.between(head, sent).minus(BLOCK_INTERVAL);
        Observation o = new Observation(received, head, lower, upper);
        forgetOld(received);
        // A head that contradicts what was seen (another node, a clock step): start again from it.
        if (!observations.isEmpty() && (lower.compareTo(upperBound()) >= 0 || upper.compareTo(lowerBound()) <= 0)) {
            observations.clear();
        }
        observations.addLast(o);
    }

    /** Whether there is a recent observation at all. */
    public synchronized boolean known() {
        forgetOld(clock.instant());
        return !observations.isEmpty();
    }

    /** How well the offset is known: the width of its interval (empty without observations). */
    public synchronized Optional<Duration> uncertainty() {
        forgetOld(clock.instant());
        return observations.isEmpty() ? Optional.empty() : Optional.of(upperBound().minus(lowerBound()));
    }

    /**
     * When, on this clock, the first block at or after the chain instant {@code chainTime} will certainly be the
     * node's head (empty without observations).
     */
    public synchronized Optional<Instant> localTimeOf(Instant chainTime) {
        forgetOld(clock.instant());
        if (observations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(firstBlockAtOrAfter(chainTime).plus(upperBound()));
    }

    /** The chain's head time now, as late as it can be known not to have passed (empty without observations). */
    public synchronized Optional<Instant> headTime() {
        Instant now = clock.instant();
        forgetOld(now);
        if (observations.isEmpty()) {
            return Optional.empty();
        }
        Instant chain = now.minus(upperBound());
        // The head is the last block at or before that instant.
        Instant next = firstBlockAtOrAfter(chain);
        return Optional.of(next.equals(chain) ? next : next.minus(BLOCK_INTERVAL));
    }

    /**
     * When one head-block read would best narrow the offset: half-way through the window in which the next block
     * can become visible, so the read halves the interval whichever block it finds. Now, without observations;
     * empty when the offset is known to within {@code precision}.
     */
    public synchronized Optional<Instant> nextProbe(Duration precision) {
        Instant now = clock.instant();
        forgetOld(now);
        if (observations.isEmpty()) {
            return Optional.of(now);
        }
        Duration lower = lowerBound();
        Duration upper = upperBound();
        if (upper.minus(lower).compareTo(precision) <= 0) {
            return Optional.empty();
        }
        Instant mid = observations.getLast().head().plus(lower.plus(upper.minus(lower).dividedBy(2)));
        long interval = BLOCK_INTERVAL.toMillis();
        long blocks = Math.floorDiv(Duration.between(mid, now).toMillis(), interval) + 1;
        return Optional.of(mid.plusMillis(blocks * interval));
    }

    /** Block times are the last head's time plus whole block intervals. */
    private Instant firstBlockAtOrAfter(Instant chainTime) {
        Instant head = observations.getLast().head();
        long interval = BLOCK_INTERVAL.toMillis();
        long ahead = Duration.between(head, chainTime).toMillis();
        long blocks = Math.floorDiv(ahead + interval - 1, interval);
        return head.plusMillis(blocks * interval);
    }

    private Duration upperBound() {
        return observations.stream().map(Observation::upper).min(Duration::compareTo).orElseThrow();
    }

    private Duration lowerBound() {
        return observations.stream().map(Observation::lower).max(Duration::compareTo).orElseThrow();
    }

    private void forgetOld(Instant now) {
        while (!observations.isEmpty() && observations.getFirst().at().plus(MEMORY).isBefore(now)) {
            observations.removeFirst();
        }
    }
}
