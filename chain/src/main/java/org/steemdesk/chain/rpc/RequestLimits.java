package org.steemdesk.chain.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much a request may take, so that no node can hold a command or the app: a node that drips one
 * byte a second, never answers or sends 50 MB fails with a clear error naming it instead of holding the caller for
 * minutes.
 *
 * @param readDeadline      a read's whole budget across every node, retry round and backoff pause
 * @param broadcastDeadline a broadcast's whole budget. Longer than a read's: {@code broadcast_transaction_synchronous}
 *                          waits for the block, and giving up early leaves the outcome unclear (the outbox then has
 *                          to settle it). A re-send carries the same bytes, so retrying within it is safe; it stays
 *                          far below the transaction's 10-minute lifetime.
 * @param attemptTimeout    one node's share (head check and request): a node that is merely slow or drips bytes is
 *                          left for the next one while the deadline still leaves time to ask it
 * @param idleTimeout       a node that sends no byte for this long (before or within its answer) is given up on
 * @param maxResponseBytes  the largest answer read; the body is counted as it streams in, never buffered first. Steem
 *                          answers are far smaller (a 1000-entry account history is about 1 MB).
 */
public record RequestLimits(Duration readDeadline, Duration broadcastDeadline, Duration attemptTimeout,
        Duration idleTimeout, long maxResponseBytes) {
    public static final long MIB = 1024L * 1024;
    public static final RequestLimits DEFAULTS = new RequestLimits(Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(15), Duration.ofSeconds(10), 8 * MIB);

    public RequestLimits {
        requirePositive(readDeadline, "readDeadline");
        requirePositive(broadcastDeadline, "broadcastDeadline");
        requirePositive(attemptTimeout, "attemptTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1 KiB, got " + maxResponseBytes);
        }
    }

    /** The whole budget of this request. */
    public Duration deadlineFor(Request<?> request) {
        return request.isBroadcast() ? broadcastDeadline : readDeadline;
    }

    public RequestLimits withReadDeadline(Duration deadline) {
        return new RequestLimits(deadline, broadcastDeadline, attemptTimeout, idleTimeout, maxResponseBytes);
    }

    public RequestLimits withBroadcastDeadline(Duration deadline) {
        return new RequestLimits(readDeadline, deadline, attemptTimeout, idleTimeout, maxResponseBytes);
    }

    public RequestLimits withAttemptTimeout(Duration timeout) {
        return new RequestLimits(readDeadline, broadcastDeadline, timeout, idleTimeout, maxResponseBytes);
    }

    public RequestLimits withIdleTimeout(Duration timeout) {
        return new RequestLimits(readDeadline, broadcastDeadline, attemptTimeout, timeout, maxResponseBytes);
    }

    public RequestLimits withMaxResponseBytes(long bytes) {
        return new RequestLimits(readDeadline, broadcastDeadline, attemptTimeout, idleTimeout, bytes);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
