package org.steemdesk.chain.rpc;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/** The node could not be reached or gave no usable JSON-RPC answer: always worth trying another node. */
public final class TransportException extends RpcException {
    /** What went wrong between us and the node. */
    public enum Failure {
        IO, TIMEOUT, HTTP_STATUS, MALFORMED_RESPONSE, STALE_HEAD_BLOCK
    }

    private final URI node;
    private final Failure failure;
    private final int httpStatus;

    private TransportException(URI node, Failure failure, int httpStatus, String message, Throwable cause) {
        super(node + ": " + message, cause);
        this.node = Objects.requireNonNull(node, "node");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.httpStatus = httpStatus;
    }

    public static TransportException io(URI node, java.io.IOException cause) {
        boolean timeout = cause instanceof java.io.InterruptedIOException;
        return new TransportException(node, timeout ? Failure.TIMEOUT : Failure.IO, 0,
                (timeout ? "timed out: " : "I/O error: ") + cause.getMessage(), cause);
    }

    public static TransportException httpStatus(URI node, int status) {
        return new TransportException(node, Failure.HTTP_STATUS, status, "HTTP " + status, null);
    }

    public static TransportException malformed(URI node, String detail, Throwable cause) {
        return new TransportException(node, Failure.MALFORMED_RESPONSE, 0, "unusable response: " + detail, cause);
    }

    public static TransportException staleHeadBlock(URI node, long lagSeconds) {
        return new TransportException(node, Failure.STALE_HEAD_BLOCK, 0,
                "head block is " + lagSeconds + " s old", null);
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

    @Override
    public boolean isTransient() {
        return true;
    }
}
