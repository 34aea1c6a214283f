package org.steemdesk.app.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a cache-first read returns: the value, when it was fetched from a node, and whether the node could not be
 * reached just now (then the value is the cached one, of that age).
 */
public record Synced<T>(T value, Instant fetchedAt, boolean offline) {
    public Synced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    public Duration age(Instant now) {
        Duration age = Duration.between(fetchedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
