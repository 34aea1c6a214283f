package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** Reads a value type from a JSON string; a parse failure becomes a Jackson error naming the field. */
final class FromStringDeserializer<T> extends StdDeserializer<T> {
    private final Class<T> type;
    private final transient Function<String, T> parser;

    FromStringDeserializer(Class<T> type, Function<String, T> parser) {
        super(type);
        this.type = type;
        this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        try {
            return parser.apply(p.getText());
        } catch (IllegalArgumentException e) {
            return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), e.getMessage()));
        }
    }
}
