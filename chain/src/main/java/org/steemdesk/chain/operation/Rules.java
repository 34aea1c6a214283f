package org.steemdesk.chain.operation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.serialization.Utf8;

/** steemd's validate() checks, shared by the operation constructors; messages follow steemd's where it has one. */
final class Rules {
    static final int HUNDRED_PERCENT = 10_000;
    static final int MAX_MEMO_BYTES = 2047;
    static final int MAX_CUSTOM_ID_BYTES = 32;
    static final int MAX_TITLE_BYTES = 255;

    private static final JsonFactory JSON = new JsonFactory();

    private Rules() {}

    static <T> T required(T value, String op, String field) {
        return Objects.requireNonNull(value, () -> op + "." + field + " is missing");
    }

    /** Null-checks the text and measures it in UTF-8 bytes, which also rejects a lone surrogate. */
    static int utf8Bytes(String text, String op, String field) {
        required(text, op, field);
        try {
            return Utf8.encodedLength(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op + "." + field + ": " + e.getMessage(), e);
        }
    }

    static void memo(String memo, String op) {
        if (utf8Bytes(memo, op, "memo") > MAX_MEMO_BYTES) {
            throw new IllegalArgumentException(op + ": memo is too large (at most " + MAX_MEMO_BYTES + " UTF-8 bytes)");
        }
    }

    static void percent(int value, String op, String field) {
        if (value < 0 || value > HUNDRED_PERCENT) {
            throw new IllegalArgumentException(op + "." + field + " must be between 0 and " + HUNDRED_PERCENT
                    + " (0-100.00%), got " + value);
        }
    }

    static void symbol(Asset amount, String op, String field, AssetSymbol... allowed) {
        required(amount, op, field);
        for (AssetSymbol symbol : allowed) {
            if (amount.symbol() == symbol) {
                return;
            }
        }
        throw new IllegalArgumentException(op + "." + field + " must be in " + names(allowed) + ", got " + amount);
    }

    static void positive(Asset amount, String op, String field) {
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException(op + "." + field + " must be positive, got " + amount);
        }
    }

    static void notNegative(Asset amount, String op, String field) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException(op + "." + field + " cannot be negative, got " + amount);
        }
    }

    static void uint32(long value, String op, String field) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(op + "." + field + " must fit 32 unsigned bits, got " + value);
        }
    }

    /** steemd accepts only text that parses as JSON (fc::json::is_valid) for custom_json and json_metadata. */
    static void json(String text, String op, String field) {
        utf8Bytes(text, op, field);
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException(op + "." + field + " is not valid JSON (empty)");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(op + "." + field + " is not valid JSON (trailing content)");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(op + "." + field + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(op + "." + field + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String names(AssetSymbol[] symbols) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < symbols.length; i++) {
            out.append(i == 0 ? "" : i == symbols.length - 1 ? " or " : ", ").append(symbols[i]);
        }
        return out.toString();
    }
}
