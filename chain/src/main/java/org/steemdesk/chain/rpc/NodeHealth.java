package org.steemdesk.chain.rpc;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the pool knows about one node at one moment, for the UI to show. */
public record NodeHealth(
        URI url,
        Optional<Duration> lastLatency,
        Optional<Instant> lastSuccess,
        Optional<String> lastError,
        Optional<Instant> lastErrorTime,
        /** How far the node's head block was behind our clock when last checked. */
        Optional<Duration> headBlockLag,
        int consecutiveFailures) {

    public NodeHealth {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lastLatency, "lastLatency");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorTime, "lastErrorTime");
        Objects.requireNonNull(headBlockLag, "headBlockLag");
    }
}
