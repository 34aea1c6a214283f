package org.steemdesk.chain.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/** Reading scalars from node JSON the way steemd writes them: integers may arrive as numbers or as strings. */
final class JsonValues {
    private JsonValues() {}

    static long integer(JsonNode node, long min, long max, String where, DeserializationContext ctxt)
            throws JsonMappingException {
        BigInteger value;
        if (node != null && node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node != null && node.isTextual() && node.asText().matches("-?[0-9]{1,20}")) {
            value = new BigInteger(node.asText());
        } else {
            throw fail(ctxt, where + ": expected an integer, got " + describe(node));
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw fail(ctxt, where + ": " + value + " is out of range [" + min + ", " + max + "]");
        }
        return value.longValue();
    }

    static String text(JsonNode node, String where, DeserializationContext ctxt) throws JsonMappingException {
        if (node == null || !node.isTextual()) {
            throw fail(ctxt, where + ": expected a string, got " + describe(node));
        }
        return node.textValue();
    }

    static boolean bool(JsonNode node, String where, DeserializationContext ctxt) throws JsonMappingException {
        if (node == null || !node.isBoolean()) {
            throw fail(ctxt, where + ": expected true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    static JsonNode array(JsonNode node, String where, DeserializationContext ctxt) throws JsonMappingException {
        if (node == null || !node.isArray()) {
            throw fail(ctxt, where + ": expected an array, got " + describe(node));
        }
        return node;
    }

    static JsonNode object(JsonNode node, String where, DeserializationContext ctxt) throws JsonMappingException {
        if (node == null || !node.isObject()) {
            throw fail(ctxt, where + ": expected an object, got " + describe(node));
        }
        return node;
    }

    static JsonMappingException fail(DeserializationContext ctxt, String message) {
        return JsonMappingException.from(ctxt, message);
    }

    static JsonMappingException fail(DeserializationContext ctxt, String message, Throwable cause) {
        return JsonMappingException.from(ctxt, message, cause);
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing (the field is missing)";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
