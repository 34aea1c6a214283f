package org.steemdesk.app.node;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.RpcException;

/**
 * A failure that came from talking to nodes, as a door tells the user about it: the chain (or its API) refused the
 * request, with the node's own message; or no node gave a usable answer, with what the node tried last did when that
 * is known. Doors translate these kinds and never look at the chain module's exceptions.
 */
public record NodeFailure(NodeFailureKind kind, Optional<String> nodeMessage, Optional<NodeProblem> problem) {
    public NodeFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nodeMessage, "nodeMessage");
        Objects.requireNonNull(problem, "problem");
    }

    public NodeFailure(NodeFailureKind kind, Optional<String> nodeMessage) {
        this(kind, nodeMessage, Optional.empty());
    }

    /** What {@code failure} means, if it is a failure of the nodes at all. */
    public static Optional<NodeFailure> of(Throwable failure) {
        if (failure instanceof NodeErrorException e && !e.isTransient()) {
            return Optional.of(new NodeFailure(NodeFailureKind.REFUSED, Optional.of(e.nodeMessage())));
        }
        if (failure instanceof RpcException || failure instanceof NodeUnreachableException) {
            return Optional.of(new NodeFailure(NodeFailureKind.UNREACHABLE, Optional.empty(), NodeProblem.of(failure)));
        }
        return Optional.empty();
    }
}
