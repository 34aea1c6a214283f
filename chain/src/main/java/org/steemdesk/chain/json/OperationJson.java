package org.steemdesk.chain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.Beneficiary;
import org.steemdesk.chain.operation.KnownOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.OperationField;
import org.steemdesk.chain.operation.OperationType;
import org.steemdesk.chain.operation.OperationTypes;
import org.steemdesk.chain.operation.UnknownOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.Permlink;

/**
 * Operations in condenser form, {@code ["vote", {"voter": …}]}, walking the same field declarations as the binary
 * serializer. Reading also accepts the appbase form {@code {"type": "vote_operation", "value": {…}}} found in
 * error stacks and newer APIs; names Steemdesk does not model become {@link UnknownOperation}s.
 */
final class OperationJson {
    private static final String APPBASE_SUFFIX = "_operation";
    private static final String BENEFICIARIES_EXTENSION = "comment_payout_beneficiaries";

    private OperationJson() {}

    static void write(Operation operation, JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        gen.writeString(operation.name());
        if (operation instanceof KnownOperation known) {
            gen.writeStartObject();
            for (OperationField field : known.type().fields()) {
                writeField(field, field.valueOf(known), gen);
            }
            gen.writeEndObject();
        } else if (operation instanceof UnknownOperation unknown) {
            gen.writeTree(unknown.value());
        } else {
            throw new IllegalArgumentException("cannot write operation type " + operation.getClass().getName());
        }
        gen.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private static void writeField(OperationField field, Object value, JsonGenerator gen) throws IOException {
        String name = field.name();
        switch (field.type()) {
            case ACCOUNT, PERMLINK, ASSET, PUBLIC_KEY -> gen.writeStringField(name, value.toString());
            case OPTIONAL_ACCOUNT -> gen.writeStringField(name,
                    ((Optional<AccountName>) value).map(AccountName::value).orElse(""));
            case STRING -> gen.writeStringField(name, (String) value);
            case INT16, UINT16 -> gen.writeNumberField(name, (Integer) value);
            case UINT32 -> gen.writeNumberField(name, (Long) value);
            case BOOL -> gen.writeBooleanField(name, (Boolean) value);
            case ACCOUNT_SET -> {
                gen.writeArrayFieldStart(name);
                for (AccountName account : (List<AccountName>) value) {
                    gen.writeString(account.value());
                }
                gen.writeEndArray();
            }
            case AUTHORITY -> {
                gen.writeFieldName(name);
                AuthorityJson.write((Authority) value, gen);
            }
            case OPTIONAL_AUTHORITY -> {
                // fc leaves an empty optional out of the object rather than writing null.
                Optional<Authority> authority = (Optional<Authority>) value;
                if (authority.isPresent()) {
                    gen.writeFieldName(name);
                    AuthorityJson.write(authority.get(), gen);
                }
            }
            case BENEFICIARIES -> writeBeneficiaries(name, (List<Beneficiary>) value, gen);
            case EMPTY_EXTENSIONS -> {
                gen.writeArrayFieldStart(name);
                gen.writeEndArray();
            }
        }
    }

    private static void writeBeneficiaries(String name, List<Beneficiary> beneficiaries, JsonGenerator gen)
            throws IOException {
        gen.writeArrayFieldStart(name);
        if (!beneficiaries.isEmpty()) {
            gen.writeStartArray();
            gen.writeNumber(0);
            gen.writeStartObject();
            gen.writeArrayFieldStart("beneficiaries");
            for (Beneficiary beneficiary : beneficiaries) {
                gen.writeStartObject();
                gen.writeStringField("account", beneficiary.account().value());
                gen.writeNumberField("weight", beneficiary.weight());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndArray();
        }
        gen.writeEndArray();
    }

    static Operation read(JsonNode node, DeserializationContext ctxt) throws IOException {
        String name;
        JsonNode body;
        if (node != null && node.isArray() && node.size() == 2 && node.get(0).isTextual()) {
            name = node.get(0).textValue();
            body = node.get(1);
        } else if (node != null && node.isObject() && node.path("type").isTextual() && node.has("value")) {
            String type = node.get("type").textValue();
            name = type.endsWith(APPBASE_SUFFIX) ? type.substring(0, type.length() - APPBASE_SUFFIX.length()) : type;
            body = node.get("value");
        } else {
            throw JsonValues.fail(ctxt, "an operation must be [\"name\", {…}] or {\"type\": …, \"value\": {…}}, got "
                    + (node == null ? "nothing" : abbreviate(node.toString())));
        }
        Optional<OperationType<?>> type = OperationTypes.byName(name);
        if (type.isEmpty()) {
            return new UnknownOperation(name, body);
        }
        return readKnown(type.get(), body, ctxt);
    }

    private static KnownOperation readKnown(OperationType<?> type, JsonNode body, DeserializationContext ctxt)
            throws IOException {
        JsonValues.object(body, type.name(), ctxt);
        List<OperationField> fields = type.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            OperationField field = fields.get(i);
            String where = type.name() + "." + field.name();
            try {
                values[i] = readField(field, body.get(field.name()), where, ctxt);
            } catch (IllegalArgumentException e) {
                throw JsonValues.fail(ctxt, where + ": " + e.getMessage(), e);
            }
        }
        try {
            return type.create(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonValues.fail(ctxt, e.getMessage(), e);
        }
    }

    private static Object readField(OperationField field, JsonNode node, String where, DeserializationContext ctxt)
            throws IOException {
        return switch (field.type()) {
            case ACCOUNT -> new AccountName(JsonValues.text(node, where, ctxt));
            case OPTIONAL_ACCOUNT -> {
                String text = JsonValues.text(node, where, ctxt);
                yield text.isEmpty() ? Optional.empty() : Optional.of(new AccountName(text));
            }
            case STRING -> JsonValues.text(node, where, ctxt);
            case PERMLINK -> new Permlink(JsonValues.text(node, where, ctxt));
            case INT16 -> (int) JsonValues.integer(node, Short.MIN_VALUE, Short.MAX_VALUE, where, ctxt);
            case UINT16 -> (int) JsonValues.integer(node, 0, 0xFFFF, where, ctxt);
            case UINT32 -> JsonValues.integer(node, 0, 0xFFFFFFFFL, where, ctxt);
            case BOOL -> JsonValues.bool(node, where, ctxt);
            case ASSET -> asset(node, where, ctxt);
            case ACCOUNT_SET -> {
                List<AccountName> accounts = new ArrayList<>();
                for (JsonNode item : JsonValues.array(node, where, ctxt)) {
                    accounts.add(new AccountName(JsonValues.text(item, where + "[]", ctxt)));
                }
                yield accounts;
            }
            case AUTHORITY -> AuthorityJson.read(node, where, ctxt);
            case OPTIONAL_AUTHORITY -> node == null || node.isNull()
                    ? Optional.empty()
                    : Optional.of(AuthorityJson.read(node, where, ctxt));
            case PUBLIC_KEY -> PublicKey.fromString(JsonValues.text(node, where, ctxt));
            case BENEFICIARIES -> readBeneficiaries(node, where, ctxt);
            case EMPTY_EXTENSIONS -> emptyExtensions(node, where, ctxt);
        };
    }

    private static Asset asset(JsonNode node, String where, DeserializationContext ctxt) throws IOException {
        if (node == null) {
            throw JsonValues.fail(ctxt, where + ": missing");
        }
        try {
            return ctxt.readTreeAsValue(node, Asset.class);
        } catch (JsonMappingException e) {
            throw JsonValues.fail(ctxt, where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Absent or {@code []}; an extension steemd does not define cannot be signed faithfully, so it is refused. */
    private static List<?> emptyExtensions(JsonNode node, String where, DeserializationContext ctxt) throws IOException {
        if (node != null && !JsonValues.array(node, where, ctxt).isEmpty()) {
            throw JsonValues.fail(ctxt, where + ": unsupported extension " + abbreviate(node.toString()));
        }
        return List.of();
    }

    /** comment_options extensions: [[0, {"beneficiaries": [...]}]] or the appbase {"type", "value"} form. */
    private static List<Beneficiary> readBeneficiaries(JsonNode node, String where, DeserializationContext ctxt)
            throws IOException {
        List<Beneficiary> beneficiaries = new ArrayList<>();
        if (node == null) {
            return beneficiaries;
        }
        for (JsonNode extension : JsonValues.array(node, where, ctxt)) {
            JsonNode value;
            if (extension.isArray() && extension.size() == 2 && extension.get(0).asText().equals("0")) {
                value = extension.get(1);
            } else if (extension.isObject() && extension.path("type").asText().equals(BENEFICIARIES_EXTENSION)) {
                value = extension.get("value");
            } else {
                throw JsonValues.fail(ctxt, where + ": unsupported extension " + abbreviate(extension.toString()));
            }
            JsonNode list = JsonValues.object(value, where, ctxt).get("beneficiaries");
            for (JsonNode item : JsonValues.array(list, where + ".beneficiaries", ctxt)) {
                JsonValues.object(item, where + ".beneficiaries[]", ctxt);
                AccountName account = new AccountName(JsonValues.text(item.get("account"), where + ".beneficiaries[].account", ctxt));
                int weight = (int) JsonValues.integer(item.get("weight"), 0, 0xFFFF, where + ".beneficiaries[].weight", ctxt);
                beneficiaries.add(new Beneficiary(account, weight));
            }
        }
        return beneficiaries;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** Reads any operation, or, for a concrete class, insists the JSON holds that kind. */
    static final class Deserializer<T extends Operation> extends StdDeserializer<T> {
        private final Class<T> type;

        Deserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Operation operation = read(p.readValueAsTree(), ctxt);
            if (!type.isInstance(operation)) {
                throw JsonValues.fail(ctxt, "expected " + type.getSimpleName() + ", got operation " + operation.name());
            }
            return type.cast(operation);
        }
    }
}
