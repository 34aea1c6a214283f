package org.steemdesk.app.node;

/** The kind of a {@link NodeFailure}. */
public enum NodeFailureKind {
    /** A node answered with an error: the request itself was refused. */
    REFUSED,
    /** No node answered usefully (offline, down, timing out, garbage). */
    UNREACHABLE
}
