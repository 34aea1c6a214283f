package org.steemdesk.chain.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The per-author identifier of a post or comment. steemd limits it to fewer than 256 bytes. */
public record Permlink(String value) {
    public static final int MAX_BYTES = 255;

    public Permlink {
        Objects.requireNonNull(value, "permlink");
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("permlink is longer than " + MAX_BYTES + " bytes");
        }
    }

    public static Permlink of(String value) {
        return new Permlink(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
