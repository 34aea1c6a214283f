package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.crypto.Signature;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.OperationType;
import org.steemdesk.chain.operation.OperationTypes;
import org.steemdesk.chain.operation.UnknownOperation;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;

/**
 * Jackson in Steem's condenser format: assets as "1.000 STEEM", times as "2026-11-24T15:00:00" (UTC), operations
 * as {@code ["vote", {…}]}, transactions with snake_case fields. Read operations as {@code Operation.class}
 * (or a concrete operation class); unknown operation names become {@code UnknownOperation}.
 */
public final class SteemJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(module())
            // Nodes add fields with every hardfork; a newer field must never break an older client.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SteemJson() {}

    /** A shared, thread-safe mapper; configure a copy ({@code mapper().copy()}) rather than this one. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The serializers and deserializers for Steem's value types. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("steem");
        module.addSerializer(Asset.class, new ToStringSerializer<>(Asset.class));
        module.addDeserializer(Asset.class, reader(Asset.class, AssetJson::read));
        module.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class, TimeJson::format));
        module.addDeserializer(Instant.class, new TimeJson.Deserializer());
        module.addSerializer(AccountName.class, new ToStringSerializer<>(AccountName.class));
        module.addDeserializer(AccountName.class, new FromStringDeserializer<>(AccountName.class, AccountName::new));
        module.addSerializer(Permlink.class, new ToStringSerializer<>(Permlink.class));
        module.addDeserializer(Permlink.class, new FromStringDeserializer<>(Permlink.class, Permlink::new));
        module.addSerializer(PublicKey.class, new ToStringSerializer<>(PublicKey.class));
        module.addDeserializer(PublicKey.class, new FromStringDeserializer<>(PublicKey.class, PublicKey::fromString));
        module.addSerializer(Signature.class, new ToStringSerializer<>(Signature.class));
        module.addDeserializer(Signature.class, new FromStringDeserializer<>(Signature.class, Signature::fromHex));
        module.addSerializer(Authority.class, writer(Authority.class, AuthorityJson::write));
        module.addDeserializer(Authority.class, new AuthorityJson.Deserializer());
        module.addSerializer(Operation.class, writer(Operation.class, OperationJson::write));
        module.addDeserializer(Operation.class, new OperationJson.Deserializer<>(Operation.class));
        for (OperationType<?> type : OperationTypes.ALL) {
            addOperationDeserializer(module, type.javaType());
        }
        module.addDeserializer(UnknownOperation.class, new OperationJson.Deserializer<>(UnknownOperation.class));
        module.addSerializer(Transaction.class, writer(Transaction.class, TransactionJson::write));
        module.addDeserializer(Transaction.class, reader(Transaction.class, TransactionJson::read));
        module.addSerializer(SignedTransaction.class, writer(SignedTransaction.class, TransactionJson::writeSigned));
        module.addDeserializer(SignedTransaction.class, reader(SignedTransaction.class, TransactionJson::readSigned));
        return module;
    }

    /** Writes one value, a whole JSON value, to the generator: a JSON class's static {@code write}. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    /** Reads one value from its tree, reporting what is wrong through the context: a JSON class's {@code read}. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonNode node, DeserializationContext ctxt) throws IOException;
    }

    private static <T> JsonSerializer<T> writer(Class<T> type, Writer<T> writer) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                writer.write(value, gen);
            }
        };
    }

    private static <T> JsonDeserializer<T> reader(Class<T> type, Reader<T> reader) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return reader.read(p.readValueAsTree(), ctxt);
            }
        };
    }

    private static <T extends Operation> void addOperationDeserializer(SimpleModule module, Class<T> type) {
        module.addDeserializer(type, new OperationJson.Deserializer<>(type));
    }
}
