package org.steemdesk.app;

import java.util.Optional;
import org.steemdesk.app.node.NodeProblem;

/**
 * No node answered (offline, every node down or timing out). Callers keep what they have and try again later; a door
 * tells the user which node did what through {@link #problem()}.
 */
public class NodeUnreachableException extends Exception {
    public NodeUnreachableException(String message) {
        super(message);
    }

    public NodeUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the node tried last did, as the chain module found it; empty when nothing more is known. */
    public Optional<NodeProblem> problem() {
        return NodeProblem.of(getCause());
    }
}
