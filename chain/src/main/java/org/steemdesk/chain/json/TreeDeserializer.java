package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a protocol type from its JSON tree with the static reader of its JSON class (e.g.
 * {@code TransactionJson::read}), which reports what is wrong through the context.
 */
final class TreeDeserializer<T> extends StdDeserializer<T> {
    /** Reads one value from its tree. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonNode node, DeserializationContext ctxt) throws IOException;
    }

    private final transient Reader<T> reader;

    TreeDeserializer(Class<T> type, Reader<T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return reader.read(p.readValueAsTree(), ctxt);
    }
}
