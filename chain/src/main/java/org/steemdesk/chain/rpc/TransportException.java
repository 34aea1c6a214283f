package org.steemdesk.chain.rpc;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The node could not be reached or gave no usable JSON-RPC answer: always worth trying another node. The message is
 * English and names the node; {@link #failure()} is the stable kind the app translates.
 */
public final class TransportException extends RpcException {
    /** What went wrong between us and the node. */
    public enum Failure {
        /** The connection failed or broke (refused, reset, not HTTP at all). */
        IO,
        /** Connecting took too long. */
        TIMEOUT,
        HTTP_STATUS,
        MALFORMED_RESPONSE,
        /** The node's head block is older than the pool accepts: it lags behind the chain (or this clock is ahead). */
        STALE_HEAD_BLOCK,
        /** No byte came for the idle timeout. */
        SILENT,
        /** Bytes came, but no complete answer within the node's share of the deadline (a node that drips). */
        SLOW,
        /** The answer was larger than the size cap; reading stopped there. */
        TOO_LARGE,
        /** The node's head block time is ahead of this computer's clock by more than the clock check allows. */
        CLOCK_AHEAD,
        /** The node's head block time is far from what the other nodes report. */
        CLOCK_DISAGREES;

        /** Whether the failure is about the node's head block time rather than its answer. */
        public boolean isClockFailure() {
            return this == STALE_HEAD_BLOCK || this == CLOCK_AHEAD || this == CLOCK_DISAGREES;
        }
    }

    private static final int MAX_DETAIL = 200;

    private final URI node;
    private final Failure failure;
    private final int httpStatus;
    private final transient Duration headOffset;

    private TransportException(URI node, Failure failure, int httpStatus, Duration headOffset, String message,
            Throwable cause) {
        super(node + ": " + message, cause);
        this.node = Objects.requireNonNull(node, "node");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.httpStatus = httpStatus;
        this.headOffset = headOffset;
    }

    private static TransportException of(URI node, Failure failure, String message, Throwable cause) {
        return new TransportException(node, failure, 0, null, message, cause);
    }

    public static TransportException io(URI node, IOException cause) {
        if (cause instanceof ProtocolException) {
            // The message quotes the node's bytes (a bad status line); keep only a clean copy, even for --debug.
            ProtocolException clean = new ProtocolException(detail(cause));
            clean.setStackTrace(cause.getStackTrace());
            cause = clean;
        }
        if (cause instanceof SocketTimeoutException && !String.valueOf(cause.getMessage()).toLowerCase()
                .contains("connect")) {
            return of(node, Failure.SILENT, "timed out: no byte came (" + detail(cause) + ")", cause);
        }
        boolean timeout = cause instanceof InterruptedIOException;
        return of(node, timeout ? Failure.TIMEOUT : Failure.IO,
                (timeout ? "timed out: " : "I/O error: ") + detail(cause), cause);
    }

    /** No byte for {@code idle}. */
    public static TransportException silent(URI node, Duration idle, IOException cause) {
        return of(node, Failure.SILENT, "timed out: no byte came for " + seconds(idle), cause);
    }

    /** No complete answer within {@code budget}. */
    public static TransportException slow(URI node, Duration budget, IOException cause) {
        return of(node, Failure.SLOW, "timed out: no complete answer within " + seconds(budget), cause);
    }

    public static TransportException tooLarge(URI node, long limitBytes) {
        return of(node, Failure.TOO_LARGE, "answer larger than " + size(limitBytes) + "; stopped reading", null);
    }

    public static TransportException httpStatus(URI node, int status) {
        return new TransportException(node, Failure.HTTP_STATUS, status, null, "HTTP " + status, null);
    }

    public static TransportException malformed(URI node, String detail, Throwable cause) {
        return of(node, Failure.MALFORMED_RESPONSE, "unusable response: " + clean(detail), cause);
    }

    public static TransportException staleHeadBlock(URI node, long lagSeconds) {
        return new TransportException(node, Failure.STALE_HEAD_BLOCK, 0, Duration.ofSeconds(-lagSeconds),
                "head block is " + Offsets.seconds(Duration.ofSeconds(lagSeconds)) + " old", null);
    }

    /** The node's head block time at {@code offset} from this computer's clock failed the clock check. */
    public static TransportException clock(URI node, Failure failure, Instant headTime, Duration offset,
            Duration limit) {
        if (failure == Failure.STALE_HEAD_BLOCK) {
            return staleHeadBlock(node, offset.negated().toSeconds());
        }
        String what = switch (failure) {
            case CLOCK_AHEAD -> "head block time " + headTime + " is " + Offsets.describe(offset)
                    + " this computer's clock (limit " + limit.toSeconds() + " s)";
            case CLOCK_DISAGREES -> "head block time " + headTime + " is more than " + limit.toSeconds()
                    + " s away from the other nodes' (" + Offsets.describe(offset) + " this computer's clock)";
            default -> throw new IllegalArgumentException("not a clock failure: " + failure);
        };
        return new TransportException(node, failure, 0, offset, what + "; not used to sign or judge", null);
    }

    public URI node() {
        return node;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, when the failure is {@link Failure#HTTP_STATUS}. */
    public OptionalInt httpStatus() {
        return failure == Failure.HTTP_STATUS ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }

    /** For a clock failure: the node's head time minus this computer's time (positive: ahead). */
    public Optional<Duration> headOffset() {
        return Optional.ofNullable(headOffset);
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    private static String detail(IOException cause) {
        return clean(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /**
     * A hostile node's bytes end up in messages (a bad status line, a parse error): one short line of printable ASCII
     * only, so that neither a terminal nor a log is fed escape sequences or megabytes.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DETAIL));
        for (int i = 0; i < text.length() && out.length() < MAX_DETAIL; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return text.length() > MAX_DETAIL ? out + "…" : out.toString();
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }

    private static String size(long bytes) {
        return bytes % RequestLimits.MIB == 0 ? bytes / RequestLimits.MIB + " MiB" : bytes + " bytes";
    }
}
