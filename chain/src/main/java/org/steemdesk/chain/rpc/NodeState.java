package org.steemdesk.chain.rpc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What a {@link NodePool} knows about one of its nodes; every access is synchronized on the instance. */
final class NodeState {
    final HttpNode node;
    private Duration lastLatency;
    private Instant lastSuccess;
    private String lastError;
    private Instant lastErrorTime;
    /** Head block time minus this computer's time when it was read: positive when the node is ahead. */
    private Duration headOffset;
    private Instant headCheckedAt;
    private int consecutiveFailures;

    NodeState(HttpNode node) {
        this.node = node;
    }

    synchronized void answered(Instant start, Instant end) {
        lastLatency = Duration.between(start, end);
        lastSuccess = end;
        consecutiveFailures = 0;
    }

    synchronized void failed(RpcException e, Instant at) {
        lastError = e.getMessage();
        lastErrorTime = at;
        consecutiveFailures++;
    }

    synchronized void headRead(Duration offset, Instant at) {
        headOffset = offset;
        headCheckedAt = at;
    }

    /** The head offset read after {@code notBefore}, if any. */
    synchronized Optional<Duration> headOffsetReadSince(Instant notBefore) {
        return headCheckedAt != null && headCheckedAt.isAfter(notBefore) ? Optional.of(headOffset) : Optional.empty();
    }

    synchronized NodeHealth snapshot() {
        return new NodeHealth(node.url(), Optional.ofNullable(lastLatency), Optional.ofNullable(lastSuccess),
                Optional.ofNullable(lastError), Optional.ofNullable(lastErrorTime),
                Optional.ofNullable(headOffset).map(Duration::negated), consecutiveFailures);
    }
}
