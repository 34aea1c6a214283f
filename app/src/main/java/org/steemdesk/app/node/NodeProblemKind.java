package org.steemdesk.app.node;

/** The kind of a {@link NodeProblem}. */
public enum NodeProblemKind {
    /** No node answered and nothing more is known (e.g. no node was asked). */
    NO_ANSWER,
    /** The connection was refused, reset or broken, or what came was not HTTP. */
    CONNECTION,
    /** Connecting took too long. */
    CONNECT_TIMEOUT,
    /** No byte came for the idle timeout. */
    SILENT,
    /** Bytes came, but no whole answer within the node's share of the deadline (a node that drips). */
    SLOW,
    /** The answer was larger than the size cap. */
    TOO_LARGE,
    /** An answer that is not usable JSON-RPC: garbage, cut short, or the wrong shape. */
    GARBAGE,
    HTTP_STATUS,
    /** The node's head block is too old: it lags behind the chain. */
    BEHIND,
    /** The node's head block time is ahead of this computer's clock by more than the clock check allows. */
    CLOCK_AHEAD,
    /** The node's head block time is far from the other nodes'. */
    CLOCK_DISAGREES,
    /** Every node is ahead of this computer's clock by about as much: this computer's clock is behind. */
    LOCAL_CLOCK_BEHIND;

    /** Whether the kind is about a node's time rather than its answer. */
    public boolean isClock() {
        return this == BEHIND || this == CLOCK_AHEAD || this == CLOCK_DISAGREES || this == LOCAL_CLOCK_BEHIND;
    }
}
