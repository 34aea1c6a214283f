package org.steemdesk.app.node;

import java.net.ProtocolException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.HeadTimeException;
import org.steemdesk.chain.rpc.TransportException;

/**
 * Why no node gave a usable answer, as a door tells the user: what the node tried last did (it sent nothing, dripped,
 * sent too much, garbage, or a time far from this computer's clock), which node that was, and whether the request's
 * whole deadline ran out. Doors translate the kind; nothing here is text for people.
 *
 * @param node       the node that failed last, when known
 * @param offset     for a clock kind: the node's head time minus this computer's time (positive: ahead)
 * @param httpStatus for {@link NodeProblemKind#HTTP_STATUS}
 * @param deadline   the whole budget of the request, when it ran out (every node, round and pause included)
 */
public record NodeProblem(NodeProblemKind kind, Optional<URI> node, Optional<Duration> offset, OptionalInt httpStatus,
                          Optional<Duration> deadline) {

    /** No node answered, with nothing more known. */
    public static NodeProblem noAnswer() {
        return new NodeProblem(NodeProblemKind.NO_ANSWER, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    /** Whether the kind is about a node's time rather than its answer. */
    public boolean isClock() {
        return kind.isClock();
    }

    /**
     * What the chain module's failure in {@code failure} (or its causes) says about the nodes; empty when it is not a
     * failure to get an answer (a refusal by the chain, a bug).
     */
    public static Optional<NodeProblem> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AllNodesFailedException all) {
                return Optional.of(of(all));
            }
            if (t instanceof TransportException transport) {
                return Optional.of(of(transport, Optional.empty()));
            }
            if (t instanceof HeadTimeException head) {
                return Optional.of(new NodeProblem(NodeProblemKind.CLOCK_AHEAD, Optional.empty(),
                        Optional.of(head.offset()), OptionalInt.empty(), Optional.empty()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static NodeProblem of(AllNodesFailedException all) {
        Optional<Duration> deadline = all.reason() == AllNodesFailedException.Reason.DEADLINE
                ? all.deadline() : Optional.empty();
        Optional<TransportException> last = all.lastTransportFailure();
        if (all.reason() == AllNodesFailedException.Reason.LOCAL_CLOCK_BEHIND) {
            return new NodeProblem(NodeProblemKind.LOCAL_CLOCK_BEHIND, Optional.empty(),
                    last.flatMap(TransportException::headOffset), OptionalInt.empty(), Optional.empty());
        }
        return last.map(t -> of(silentRatherThanSlow(all, t), deadline)).orElseGet(() -> new NodeProblem(
                NodeProblemKind.NO_ANSWER, Optional.empty(), Optional.empty(), OptionalInt.empty(), deadline));
    }

    /**
     * A node that never sent a byte, asked again with less time left than the idle timeout, fails that last try as
     * "slow": it is silent, as its earlier tries showed.
     */
    private static TransportException silentRatherThanSlow(AllNodesFailedException all, TransportException last) {
        if (last.failure() != TransportException.Failure.SLOW) {
            return last;
        }
        return all.failures().stream().filter(f -> f instanceof TransportException t && t.node().equals(last.node())
                        && t.failure() == TransportException.Failure.SILENT)
                .map(TransportException.class::cast).reduce((first, second) -> second).orElse(last);
    }

    private static NodeProblem of(TransportException t, Optional<Duration> deadline) {
        NodeProblemKind kind = switch (t.failure()) {
            // Bytes that are not HTTP at all (a bad status line) are the node's garbage, not a broken connection.
            case IO -> t.getCause() instanceof ProtocolException ? NodeProblemKind.GARBAGE : NodeProblemKind.CONNECTION;
            case TIMEOUT -> NodeProblemKind.CONNECT_TIMEOUT;
            case HTTP_STATUS -> NodeProblemKind.HTTP_STATUS;
            case MALFORMED_RESPONSE -> NodeProblemKind.GARBAGE;
            case STALE_HEAD_BLOCK -> NodeProblemKind.BEHIND;
            case SILENT -> NodeProblemKind.SILENT;
            case SLOW -> NodeProblemKind.SLOW;
            case TOO_LARGE -> NodeProblemKind.TOO_LARGE;
            case CLOCK_AHEAD -> NodeProblemKind.CLOCK_AHEAD;
            case CLOCK_DISAGREES -> NodeProblemKind.CLOCK_DISAGREES;
        };
        return new NodeProblem(kind, Optional.of(t.node()), t.headOffset(), t.httpStatus(), deadline);
    }
}
