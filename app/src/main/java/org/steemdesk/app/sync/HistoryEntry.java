package org.steemdesk.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.json.SteemJson;

/**
 * One {@code get_account_history} row: its per-account sequence number, the operation name (virtual ops
 * included, e.g. {@code curation_reward}), the block time and the row's JSON as the node sent it.
 */
public record HistoryEntry(long index, String opName, Instant timestamp, String json) {
    public HistoryEntry {
        if (index < 0) {
            throw new IllegalArgumentException("history index must be >= 0, got " + index);
        }
        Objects.requireNonNull(opName, "opName");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(json, "json");
    }

    /** The operation's fields ({@code [index, {op: [name, {...}]}]} → {@code {...}}); missing when unreadable. */
    public JsonNode operation() {
        try {
            JsonNode row = SteemJson.mapper().readTree(json);
            return row.isArray() ? row.path(1).path("op").path(1) : row.path("op").path(1);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
