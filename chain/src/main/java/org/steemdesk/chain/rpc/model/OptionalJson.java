package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code Optional<X>} for a field that only some node versions send (e.g. {@code voting_manabar} from HF20 on),
 * without requiring the Jdk8 module on the shared mapper.
 */
final class OptionalJson extends StdDeserializer<Optional<?>> implements ContextualDeserializer {
    private final JavaType contentType;

    OptionalJson() {
        this(null);
    }

    private OptionalJson(JavaType contentType) {
        super(Optional.class);
        this.contentType = contentType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return new OptionalJson(property.getType().containedType(0));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Optional.ofNullable(ctxt.readValue(p, contentType));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
        return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Optional.empty();
    }
}
