package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.Authorities;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;

/**
 * {@code {"weight_threshold":1,"account_auths":[["name",1]],"key_auths":[["STM…",1]]}}, both lists written in
 * steemd's flat_map order.
 */
public final class AuthorityJson {
    private AuthorityJson() {}

    static void write(Authority authority, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("weight_threshold", authority.weightThreshold());
        gen.writeArrayFieldStart("account_auths");
        for (Map.Entry<AccountName, Integer> entry : Authorities.sortedAccountAuths(authority)) {
            gen.writeStartArray();
            gen.writeString(entry.getKey().value());
            gen.writeNumber(entry.getValue());
            gen.writeEndArray();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("key_auths");
        for (Map.Entry<PublicKey, Integer> entry : Authorities.sortedKeyAuths(authority)) {
            gen.writeStartArray();
            gen.writeString(entry.getKey().toString());
            gen.writeNumber(entry.getValue());
            gen.writeEndArray();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static Authority read(JsonNode node, String where, DeserializationContext ctxt) throws IOException {
        JsonValues.object(node, where, ctxt);
        long threshold = JsonValues.integer(node.get("weight_threshold"), 0, 0xFFFFFFFFL, where + ".weight_threshold", ctxt);
        Map<AccountName, Integer> accounts = new HashMap<>();
        for (JsonNode pair : JsonValues.array(node.get("account_auths"), where + ".account_auths", ctxt)) {
            String name = JsonValues.text(pair.get(0), where + ".account_auths[]", ctxt);
            try {
                accounts.put(new AccountName(name), weight(pair.get(1), where + ".account_auths[]", ctxt));
            } catch (IllegalArgumentException e) {
                throw JsonValues.fail(ctxt, where + ".account_auths: " + e.getMessage(), e);
            }
        }
        Map<PublicKey, Integer> keys = new HashMap<>();
        for (JsonNode pair : JsonValues.array(node.get("key_auths"), where + ".key_auths", ctxt)) {
            String key = JsonValues.text(pair.get(0), where + ".key_auths[]", ctxt);
            try {
                keys.put(PublicKey.fromString(key), weight(pair.get(1), where + ".key_auths[]", ctxt));
            } catch (IllegalArgumentException e) {
                throw JsonValues.fail(ctxt, where + ".key_auths: " + e.getMessage(), e);
            }
        }
        return new Authority(threshold, accounts, keys);
    }

    private static int weight(JsonNode node, String where, DeserializationContext ctxt) throws IOException {
        return (int) JsonValues.integer(node, 0, 0xFFFF, where + " weight", ctxt);
    }

    /** For records read from node answers ({@code @JsonDeserialize(using = AuthorityJson.Deserializer.class)}). */
    public static final class Deserializer extends StdDeserializer<Authority> {
        public Deserializer() {
            super(Authority.class);
        }

        @Override
        public Authority deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p.readValueAsTree(), "authority", ctxt);
        }
    }
}
