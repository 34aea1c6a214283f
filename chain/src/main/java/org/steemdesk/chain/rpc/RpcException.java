package org.steemdesk.chain.rpc;

/**
 * A JSON-RPC call that did not produce a result. {@link #isTransient()} tells whether asking again (perhaps another
 * node) can help; deterministic failures — the chain said no — must never be retried.
 */
public abstract class RpcException extends RuntimeException {
    protected RpcException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same request may succeed when sent again, to this or another node. */
    public abstract boolean isTransient();
}
