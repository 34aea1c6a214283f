package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** Reads a value type from a JSON string; a parse failure becomes a Jackson error naming the field. */
final class FromStringDeserializer<T> extends StdDeserializer<T> {
    private final transient Function<String, T> parser;

    FromStringDeserializer(Class<T> type, Function<String, T> parser) {
        super(type);
        this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return handledType().cast(ctxt.handleUnexpectedToken(handledType(), p));
        }
        try {
            return parser.apply(p.getText());
        } catch (IllegalArgumentException e) {
            return handledType().cast(ctxt.handleWeirdStringValue(handledType(), p.getText(), e.getMessage()));
        }
    }
}
