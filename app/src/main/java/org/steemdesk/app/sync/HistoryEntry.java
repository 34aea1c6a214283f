package org.steemdesk.app.sync;

import java.time.Instant;
import java.util.Objects;

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
}
