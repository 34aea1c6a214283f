package org.steemdesk.app.outbox;

import java.util.Objects;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * Why a node refused a transaction: the kind the chain module classified it as, which decisions use, and the node's
 * own text, kept for the user and for support (never matched).
 */
public record NodeRefusal(NodeErrorKind kind, String message) {
    public NodeRefusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
