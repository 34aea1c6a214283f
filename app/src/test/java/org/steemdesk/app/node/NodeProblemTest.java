package org.steemdesk.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.HeadTimeException;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.TransportException;

/** The chain module's failures become kinds with the node named, through every wrapper a door may see. */
class NodeProblemTest {
    private static final URI DRIP = URI.create("http://127.0.0.1:4001/");
    private static final URI LIAR = URI.create("http://127.0.0.1:4002/");

    @Test
    void theLastNodeAndWhatItDidCrossTheAppsWrappers() {
        TransportException slow = TransportException.slow(DRIP, Duration.ofSeconds(15), new IOException("timeout"));
        AllNodesFailedException all = new AllNodesFailedException("condenser_api.get_accounts",
                List.<RpcException>of(TransportException.httpStatus(LIAR, 503), slow),
                AllNodesFailedException.Reason.DEADLINE, Optional.of(Duration.ofSeconds(30)));
        NothingCachedException nothing = new NothingCachedException(NothingCachedException.Subject.ACCOUNT, "alice",
                new NodeUnreachableException("no node answered", all));

        NodeProblem problem = nothing.problem().orElseThrow();
        assertThat(problem.kind()).isEqualTo(NodeProblemKind.SLOW);
        assertThat(problem.node()).contains(DRIP);
        assertThat(problem.deadline()).contains(Duration.ofSeconds(30));
        assertThat(NodeFailure.of(new NodeUnreachableException("x", all)).orElseThrow().problem()).contains(problem);
    }

    @Test
    void aNodeThatNeverSentAByteIsSilentEvenWhenTheDeadlineCutItsLastTryShort() {
        TransportException silent = TransportException.silent(DRIP, Duration.ofSeconds(10), new IOException("read"));
        TransportException cut = TransportException.slow(DRIP, Duration.ofSeconds(2), new IOException("timeout"));
        NodeProblem problem = NodeProblem.of(new AllNodesFailedException("m", List.<RpcException>of(silent, cut),
                AllNodesFailedException.Reason.DEADLINE, Optional.of(Duration.ofSeconds(30)))).orElseThrow();
        assertThat(problem.kind()).isEqualTo(NodeProblemKind.SILENT);
        assertThat(problem.deadline()).contains(Duration.ofSeconds(30));
    }

    @Test
    void eachTransportFailureHasItsKind() {
        assertThat(kind(TransportException.silent(DRIP, Duration.ofSeconds(10), new IOException("read timed out"))))
                .isEqualTo(NodeProblemKind.SILENT);
        assertThat(kind(TransportException.tooLarge(DRIP, 8L << 20))).isEqualTo(NodeProblemKind.TOO_LARGE);
        assertThat(kind(TransportException.malformed(DRIP, "not JSON", null))).isEqualTo(NodeProblemKind.GARBAGE);
        assertThat(kind(TransportException.io(DRIP, new IOException("Connection refused"))))
                .isEqualTo(NodeProblemKind.CONNECTION);
        assertThat(kind(TransportException.io(DRIP, new ProtocolException("Unexpected status line: ?x"))))
                .isEqualTo(NodeProblemKind.GARBAGE);
        assertThat(kind(TransportException.staleHeadBlock(DRIP, 3600))).isEqualTo(NodeProblemKind.BEHIND);
        NodeProblem status = NodeProblem.of(TransportException.httpStatus(DRIP, 503)).orElseThrow();
        assertThat(status.httpStatus()).hasValue(503);
    }

    @Test
    void aNodeAheadOfThisClockIsNamedWithItsOffset() {
        Duration offset = Duration.ofDays(26_330);
        TransportException liar = TransportException.clock(LIAR, TransportException.Failure.CLOCK_AHEAD,
                Instant.parse("2099-01-01T00:00:00Z"), offset, Duration.ofSeconds(120));
        NodeProblem problem = NodeProblem.of(new AllNodesFailedException("condenser_api.get_dynamic_global_properties",
                List.of(liar), AllNodesFailedException.Reason.NO_TRUSTED_CLOCK, Optional.empty())).orElseThrow();
        assertThat(problem.kind()).isEqualTo(NodeProblemKind.CLOCK_AHEAD);
        assertThat(problem.node()).contains(LIAR);
        assertThat(problem.offset()).contains(offset);
        assertThat(problem.isClock()).isTrue();
        assertThat(problem.deadline()).isEmpty();

        NodeProblem unnamed = NodeProblem.of(new HeadTimeException(Instant.parse("2099-01-01T00:00:00Z"), offset,
                Duration.ofSeconds(120))).orElseThrow();
        assertThat(unnamed.kind()).isEqualTo(NodeProblemKind.CLOCK_AHEAD);
        assertThat(unnamed.node()).isEmpty();
    }

    @Test
    void everyNodeAheadByTheSameIsThisComputersClock() {
        TransportException a = TransportException.clock(LIAR, TransportException.Failure.CLOCK_AHEAD,
                Instant.parse("2030-01-01T00:10:00Z"), Duration.ofMinutes(10), Duration.ofSeconds(120));
        NodeProblem problem = NodeProblem.of(new AllNodesFailedException("m", List.of(a, a),
                AllNodesFailedException.Reason.LOCAL_CLOCK_BEHIND, Optional.empty())).orElseThrow();
        assertThat(problem.kind()).isEqualTo(NodeProblemKind.LOCAL_CLOCK_BEHIND);
        assertThat(problem.offset()).contains(Duration.ofMinutes(10));
    }

    @Test
    void aRefusalByTheChainIsNotANodeProblem() {
        assertThat(NodeProblem.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(NodeProblem.of(new AllNodesFailedException("m", List.of()))).contains(NodeProblem.noAnswer());
        NodeErrorException refused = new NodeErrorException(-32000, "missing required active authority", null);
        assertThat(NodeProblem.of(refused)).isEmpty();
        assertThat(NodeFailure.of(refused).orElseThrow().kind()).isEqualTo(NodeFailureKind.REFUSED);
    }

    private static NodeProblemKind kind(TransportException e) {
        return NodeProblem.of(e).orElseThrow().kind();
    }
}
