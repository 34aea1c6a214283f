package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a protocol type with the static writer of its JSON class (e.g. {@code OperationJson::write}). */
final class WriterSerializer<T> extends StdSerializer<T> {
    /** Writes one value, a whole JSON value, to the generator. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    private final transient Writer<T> writer;

    WriterSerializer(Class<T> type, Writer<T> writer) {
        super(type);
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writer.write(value, gen);
    }
}
