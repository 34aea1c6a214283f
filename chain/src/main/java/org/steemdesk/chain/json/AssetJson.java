package org.steemdesk.chain.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * Assets are written in the condenser form and read in all three forms nodes have used: {@code "1.000 STEEM"},
 * the NAI array {@code ["1000", 3, "@@000000021"]} and the NAI object {@code {"amount":"1000","precision":3,"nai":"@@000000021"}}.
 */
final class AssetJson {
    private AssetJson() {}

    static AssetSymbol symbolOfNai(String nai, int precision) {
        AssetSymbol symbol = switch (nai) {
            case "@@000000021" -> AssetSymbol.STEEM;
            case "@@000000013" -> AssetSymbol.SBD;
            case "@@000000037" -> AssetSymbol.VESTS;
            default -> throw new IllegalArgumentException("unknown asset NAI " + nai);
        };
        if (symbol.precision() != precision) {
            throw new IllegalArgumentException("NAI " + nai + " has precision " + symbol.precision() + ", got " + precision);
        }
        return symbol;
    }

    /** Any of the three forms; what is none of them is reported through the context. */
    static Asset read(JsonNode node, DeserializationContext ctxt) throws IOException {
        try {
            if (node.isTextual()) {
                return Asset.parse(node.asText());
            }
            if (node.isArray() && node.size() == 3) {
                return nai(node.get(0), node.get(1).asInt(), node.get(2).asText());
            }
            if (node.isObject() && node.has("amount") && node.has("nai")) {
                return nai(node.get("amount"), node.path("precision").asInt(), node.get("nai").asText());
            }
        } catch (IllegalArgumentException e) {
            return (Asset) ctxt.handleWeirdStringValue(Asset.class, node.toString(), e.getMessage());
        }
        return (Asset) ctxt.handleWeirdStringValue(Asset.class, node.toString(), "not an asset");
    }

    private static Asset nai(JsonNode amount, int precision, String nai) {
        long units = amount.isTextual() ? Long.parseLong(amount.asText()) : amount.asLong();
        return Asset.of(units, symbolOfNai(nai, precision));
    }
}
