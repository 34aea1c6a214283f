package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.chain.crypto.Signature;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;

/**
 * Transactions in condenser form: {@code ref_block_num, ref_block_prefix, expiration, operations, extensions: []},
 * and for a signed one also {@code signatures} as hex strings.
 */
final class TransactionJson {
    private TransactionJson() {}

    private static void writeFields(Transaction tx, JsonGenerator gen) throws IOException {
        gen.writeNumberField("ref_block_num", tx.refBlockNum());
        gen.writeNumberField("ref_block_prefix", tx.refBlockPrefix());
        gen.writeStringField("expiration", TimeJson.format(tx.expiration()));
        gen.writeArrayFieldStart("operations");
        for (Operation operation : tx.operations()) {
            OperationJson.write(operation, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("extensions");
        gen.writeEndArray();
    }

    private static Transaction read(JsonNode node, DeserializationContext ctxt) throws IOException {
        JsonValues.object(node, "transaction", ctxt);
        int refBlockNum = (int) JsonValues.integer(node.get("ref_block_num"), 0, 0xFFFF, "ref_block_num", ctxt);
        long refBlockPrefix = JsonValues.integer(node.get("ref_block_prefix"), 0, 0xFFFFFFFFL, "ref_block_prefix", ctxt);
        String expirationText = JsonValues.text(node.get("expiration"), "expiration", ctxt);
        Instant expiration;
        try {
            expiration = TimeJson.parse(expirationText);
        } catch (DateTimeParseException e) {
            throw JsonValues.fail(ctxt, "expiration: not a time like 2026-11-24T15:00:00: " + expirationText, e);
        }
        if (expiration.getNano() != 0) {
            throw JsonValues.fail(ctxt, "expiration: must be whole seconds (YYYY-MM-DDTHH:MM:SS), got " + expirationText);
        }
        List<Operation> operations = new ArrayList<>();
        for (JsonNode op : JsonValues.array(node.get("operations"), "operations", ctxt)) {
            operations.add(OperationJson.read(op, ctxt));
        }
        JsonNode extensions = node.get("extensions");
        if (extensions != null && !extensions.isNull() && !(extensions.isArray() && extensions.isEmpty())) {
            throw JsonValues.fail(ctxt, "extensions: Steem defines no transaction extensions, got " + extensions);
        }
        try {
            return new Transaction(refBlockNum, refBlockPrefix, expiration, operations);
        } catch (IllegalArgumentException e) {
            throw JsonValues.fail(ctxt, e.getMessage(), e);
        }
    }

    static final class Serializer extends StdSerializer<Transaction> {
        Serializer() {
            super(Transaction.class);
        }

        @Override
        public void serialize(Transaction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            writeFields(value, gen);
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<Transaction> {
        Deserializer() {
            super(Transaction.class);
        }

        @Override
        public Transaction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p.readValueAsTree(), ctxt);
        }
    }

    static final class SignedSerializer extends StdSerializer<SignedTransaction> {
        SignedSerializer() {
            super(SignedTransaction.class);
        }

        @Override
        public void serialize(SignedTransaction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            writeFields(value.transaction(), gen);
            gen.writeArrayFieldStart("signatures");
            for (Signature signature : value.signatures()) {
                gen.writeString(signature.toHex());
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    static final class SignedDeserializer extends StdDeserializer<SignedTransaction> {
        SignedDeserializer() {
            super(SignedTransaction.class);
        }

        @Override
        public SignedTransaction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            Transaction transaction = read(node, ctxt);
            List<Signature> signatures = new ArrayList<>();
            JsonNode list = node.get("signatures");
            if (list != null && !list.isNull()) {
                for (JsonNode item : JsonValues.array(list, "signatures", ctxt)) {
                    String hex = JsonValues.text(item, "signatures[]", ctxt);
                    try {
                        signatures.add(Signature.fromHex(hex));
                    } catch (IllegalArgumentException e) {
                        throw JsonValues.fail(ctxt, "signatures: " + e.getMessage(), e);
                    }
                }
            }
            return new SignedTransaction(transaction, signatures);
        }
    }
}
