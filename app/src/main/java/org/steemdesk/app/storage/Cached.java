package org.steemdesk.app.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A cached value and when it was fetched from a node, so callers can show its age or decide to refresh. */
public record Cached<T>(T value, Instant fetchedAt) {
    public Cached {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    public Duration age(Instant now) {
        return Duration.between(fetchedAt, now);
    }

    public boolean olderThan(Duration maxAge, Instant now) {
        return age(now).compareTo(maxAge) > 0;
    }
}
