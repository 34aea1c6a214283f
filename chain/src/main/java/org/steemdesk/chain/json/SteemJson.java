package org.steemdesk.chain.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
        module.addDeserializer(Asset.class, new AssetJson.Deserializer());
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
        module.addSerializer(Authority.class, new WriterSerializer<>(Authority.class, AuthorityJson::write));
        module.addDeserializer(Authority.class, new AuthorityJson.Deserializer());
        module.addSerializer(Operation.class, new WriterSerializer<>(Operation.class, OperationJson::write));
        module.addDeserializer(Operation.class, new OperationJson.Deserializer<>(Operation.class));
        for (OperationType<?> type : OperationTypes.ALL) {
            addOperationDeserializer(module, type.javaType());
        }
        module.addDeserializer(UnknownOperation.class, new OperationJson.Deserializer<>(UnknownOperation.class));
        module.addSerializer(Transaction.class, new WriterSerializer<>(Transaction.class, TransactionJson::write));
        module.addDeserializer(Transaction.class, new TreeDeserializer<>(Transaction.class, TransactionJson::read));
        module.addSerializer(SignedTransaction.class,
                new WriterSerializer<>(SignedTransaction.class, TransactionJson::writeSigned));
        module.addDeserializer(SignedTransaction.class,
                new TreeDeserializer<>(SignedTransaction.class, TransactionJson::readSigned));
        return module;
    }

    private static <T extends Operation> void addOperationDeserializer(SimpleModule module, Class<T> type) {
        module.addDeserializer(type, new OperationJson.Deserializer<>(type));
    }
}
