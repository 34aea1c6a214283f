package org.steemdesk.chain.rpc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a node's head block time is believed. Blocks come every 3 s, so an honest node's head is a few seconds behind
 * real time, never ahead of it. A head further behind than {@link #maxBehind} is a node that lags (the stale-head
 * rule, which keeps the node out of every request); one further ahead than {@link #maxAhead}, or further than
 * {@link #maxPeerSpread} from what at least two other nodes report, lies or is broken, and its time is not used to
 * sign (TaPoS, expiration) or to judge (a vote's payout window).
 *
 * <p>The local clock is the reference: a computer whose clock is more than {@link #maxAhead} behind real time sees
 * every node ahead, and nothing is signed until its clock is right; the pool then says so
 * ({@link AllNodesFailedException.Reason#LOCAL_CLOCK_BEHIND}) instead of blaming the nodes.
 *
 * @param maxBehind     how far a head may lag this computer's clock; 90 s = 30 missed blocks
 * @param maxAhead      how far a head may be ahead of this computer's clock; 120 s leaves room for a clock that is a
 *                      minute or two slow, which people do not notice, while a node in 2099 (or a day ahead) fails
 * @param maxPeerSpread how far a head may be from the median of the other nodes' recent heads, when at least two
 *                      other nodes have reported one
 */
public record ClockCheck(Duration maxBehind, Duration maxAhead, Duration maxPeerSpread) {
    public static final ClockCheck DEFAULTS = new ClockCheck(Duration.ofSeconds(90), Duration.ofSeconds(120),
            Duration.ofSeconds(60));

    public ClockCheck {
        Objects.requireNonNull(maxBehind, "maxBehind");
        Objects.requireNonNull(maxAhead, "maxAhead");
        Objects.requireNonNull(maxPeerSpread, "maxPeerSpread");
        if (maxBehind.isNegative() || maxAhead.isNegative() || maxPeerSpread.isNegative()) {
            throw new IllegalArgumentException("clock check bounds must not be negative");
        }
    }

    public ClockCheck withMaxBehind(Duration behind) {
        return new ClockCheck(behind, maxAhead, maxPeerSpread);
    }

    /** What a head block at {@code offset} from this computer's clock (positive: ahead) is, against this clock. */
    public Optional<TransportException.Failure> judge(Duration offset) {
        if (offset.negated().compareTo(maxBehind) > 0) {
            return Optional.of(TransportException.Failure.STALE_HEAD_BLOCK);
        }
        if (offset.compareTo(maxAhead) > 0) {
            return Optional.of(TransportException.Failure.CLOCK_AHEAD);
        }
        return Optional.empty();
    }

    /**
     * Whether a head at {@code offset} disagrees with other nodes' offsets (each measured against this computer's
     * clock when it was read). Fewer than two others prove nothing: one other node could be the liar.
     */
    public boolean disagrees(Duration offset, List<Duration> others) {
        if (others.size() < 2) {
            return false;
        }
        return offset.minus(median(others)).abs().compareTo(maxPeerSpread) > 0;
    }

    /** The median offset: the middle one, or the mean of the two middle ones. */
    static Duration median(List<Duration> offsets) {
        List<Duration> sorted = new ArrayList<>(offsets);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /**
     * For code that signs with a head it was handed rather than read through a {@link NodePool}: refuses a head
     * further ahead of this computer's clock than {@link #maxAhead}. (Behind is left to the caller: a head far behind
     * only makes a transaction the chain refuses as expired.)
     *
     * @throws HeadTimeException the head is too far ahead
     */
    public void requireNotAhead(Instant headTime, Instant now) {
        Duration offset = Duration.between(now, headTime);
        if (judge(offset).filter(f -> f == TransportException.Failure.CLOCK_AHEAD).isPresent()) {
            throw new HeadTimeException(headTime, offset, maxAhead);
        }
    }
}
