package org.steemdesk.app.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Steemdesk last saw of a node: whether it answered, how fast, at which head block and how far that block was
 * behind this machine's clock, and the last error.
 */
public record NodeCheckResult(String url, Instant checkedAt, boolean reachable, OptionalLong latencyMillis,
                              OptionalLong headBlock, Optional<Duration> headLag, int consecutiveFailures,
                              Optional<String> lastError) {
    public NodeCheckResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(latencyMillis, "latencyMillis");
        Objects.requireNonNull(headBlock, "headBlock");
        Objects.requireNonNull(headLag, "headLag");
        Objects.requireNonNull(lastError, "lastError");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }
}
