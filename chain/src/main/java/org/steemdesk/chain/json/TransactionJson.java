package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
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

    static Transaction read(JsonNode node, DeserializationContext ctxt) throws IOException {
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

    static void write(Transaction tx, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        writeFields(tx, gen);
        gen.writeEndObject();
    }

    static void writeSigned(SignedTransaction signed, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        writeFields(signed.transaction(), gen);
        gen.writeArrayFieldStart("signatures");
        for (Signature signature : signed.signatures()) {
            gen.writeString(signature.toHex());
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static SignedTransaction readSigned(JsonNode node, DeserializationContext ctxt) throws IOException {
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
