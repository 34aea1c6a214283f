package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value type as a JSON string in its wire form: its {@code toString()}, or what {@code text} makes of it
 * where {@code toString()} is not the wire form (a time).
 */
final class ToStringSerializer<T> extends StdSerializer<T> {
    private final transient Function<? super T, String> text;

    ToStringSerializer(Class<T> type) {
        this(type, Object::toString);
    }

    ToStringSerializer(Class<T> type, Function<? super T, String> text) {
        super(type);
        this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(text.apply(value));
    }
}
