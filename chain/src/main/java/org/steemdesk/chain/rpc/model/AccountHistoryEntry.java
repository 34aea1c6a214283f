package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.json.SteemJson;

/**
 * One {@code [index, {trx_id, block, trx_in_block, op_in_trx, virtual_op, timestamp, op}]} history entry.
 * {@code op} stays the raw {@code [name, {...}]} pair so unknown and virtual operations never break reading.
 * Virtual operations have an all-zero {@code trxId}; do not rely on {@code virtualOp} or {@code trxInBlock} to spot
 * them, nodes have filled those differently over the years.
 */
public record AccountHistoryEntry(long index, String trxId, long block, long trxInBlock, int opInTrx, long virtualOp,
        Instant timestamp, String opName, JsonNode op) {

    private static final String NO_TRANSACTION = "0".repeat(40);

    public AccountHistoryEntry {
        Objects.requireNonNull(trxId, "trx_id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(opName, "op name");
        Objects.requireNonNull(op, "op");
    }

    @JsonCreator
    static AccountHistoryEntry fromJson(JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(1).isObject()) {
            throw new IllegalArgumentException("history entry is not [index, {...}]: " + pair);
        }
        JsonNode e = pair.get(1);
        JsonNode op = e.path("op");
        if (!op.isArray() || op.size() != 2 || !op.get(0).isTextual()) {
            throw new IllegalArgumentException("history op is not [name, {...}]: " + op);
        }
        Instant timestamp = SteemJson.mapper().convertValue(e.path("timestamp"), Instant.class);
        return new AccountHistoryEntry(pair.get(0).asLong(), e.path("trx_id").asText(), e.path("block").asLong(),
                e.path("trx_in_block").asLong(), e.path("op_in_trx").asInt(), e.path("virtual_op").asLong(), timestamp,
                op.get(0).asText(), op);
    }

    /** The operation's fields, {@code op[1]}. */
    public JsonNode opBody() {
        return op.get(1);
    }

    /** Virtual operations (rewards, fills) are not part of any signed transaction. */
    public boolean isVirtual() {
        return trxId.equals(NO_TRANSACTION);
    }
}
