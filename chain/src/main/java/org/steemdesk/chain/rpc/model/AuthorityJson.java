package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;

/** Reads {@code {"weight_threshold":1,"account_auths":[["name",1]],"key_auths":[["STM…",1]]}}. */
final class AuthorityJson extends StdDeserializer<Authority> {
    AuthorityJson() {
        super(Authority.class);
    }

    @Override
    public Authority deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
            return new Authority(node.path("weight_threshold").asLong(),
                    weights(node.path("account_auths"), AccountName::new),
                    weights(node.path("key_auths"), PublicKey::fromString));
        } catch (IllegalArgumentException e) {
            return (Authority) ctxt.handleWeirdStringValue(Authority.class, node.toString(), e.getMessage());
        }
    }

    private static <K> Map<K, Integer> weights(JsonNode pairs, Function<String, K> key) {
        Map<K, Integer> weights = new LinkedHashMap<>();
        for (JsonNode pair : pairs) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new IllegalArgumentException("authority entry is not [key, weight]: " + pair);
            }
            weights.put(key.apply(pair.get(0).asText()), pair.get(1).asInt());
        }
        return weights;
    }
}
