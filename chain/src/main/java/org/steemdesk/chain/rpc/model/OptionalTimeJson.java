package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A steemd time that may be a sentinel: {@code 1969-12-31T23:59:59} ("done", e.g. cashout over, no withdrawal
 * pending) or {@code 1970-01-01T00:00:00} ("never"). Both become empty, so callers cannot mistake them for dates.
 */
final class OptionalTimeJson extends StdDeserializer<Optional<Instant>> {
    OptionalTimeJson() {
        super(Optional.class);
    }

    static Optional<Instant> meaningful(Instant time) {
        return time == null || !time.isAfter(Instant.EPOCH) ? Optional.empty() : Optional.of(time);
    }

    @Override
    public Optional<Instant> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return meaningful(ctxt.readValue(p, Instant.class));
    }

    @Override
    public Optional<Instant> getNullValue(DeserializationContext ctxt) {
        return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Optional.empty();
    }
}
