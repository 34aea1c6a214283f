package org.steemdesk.app.storage;

import org.steemdesk.app.node.NodeCheckResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Remembers node health across runs so the pool can start with the node that worked last time. */
public record NodeHealthStore(CacheDatabase db) {

    /** A node that answered, {@code headLag} behind this machine's clock (zero when it is ahead). */
    public void recordSuccess(String url, Instant at, long latencyMillis, long headBlock, Duration headLag) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT OR REPLACE INTO node_health
                    (url, checked_at, reachable, latency_ms, head_block, head_lag_ms, consecutive_failures, last_error)
                    VALUES (?, ?, 1, ?, ?, ?, 0, NULL)""")) {
                p.setString(1, url);
                p.setLong(2, at.toEpochMilli());
                p.setLong(3, latencyMillis);
                p.setLong(4, headBlock);
                p.setLong(5, Math.max(0, headLag.toMillis()));
                return p.executeUpdate();
            }
        });
    }

    /** Counts the failure on top of earlier consecutive ones and keeps the last known head block. */
    public void recordFailure(String url, Instant at, String error) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO node_health
                    (url, checked_at, reachable, latency_ms, head_block, consecutive_failures, last_error)
                    VALUES (?, ?, 0, NULL, NULL, 1, ?)
                    ON CONFLICT (url) DO UPDATE SET checked_at = excluded.checked_at, reachable = 0,
                        latency_ms = NULL, head_lag_ms = NULL, consecutive_failures = consecutive_failures + 1,
                        last_error = excluded.last_error""")) {
                p.setString(1, url);
                p.setLong(2, at.toEpochMilli());
                p.setString(3, error);
                return p.executeUpdate();
            }
        });
    }

    public Optional<NodeCheckResult> get(String url) {
        return all().stream().filter(h -> h.url().equals(url)).findFirst();
    }

    /** All known nodes, reachable ones first, then by fewest failures and lowest latency. */
    public List<NodeCheckResult> all() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT url, checked_at, reachable, latency_ms, head_block, consecutive_failures, last_error,
                        head_lag_ms
                    FROM node_health ORDER BY reachable DESC, consecutive_failures, latency_ms, url""");
                 ResultSet rs = p.executeQuery()) {
                List<NodeCheckResult> out = new ArrayList<>();
                while (rs.next()) {
                    long latency = rs.getLong(4);
                    OptionalLong latencyOpt = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(latency);
                    long head = rs.getLong(5);
                    OptionalLong headOpt = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(head);
                    long lag = rs.getLong(8);
                    Optional<Duration> lagOpt = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(lag));
                    out.add(new NodeCheckResult(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3) == 1,
                            latencyOpt, headOpt, lagOpt, rs.getInt(6), Optional.ofNullable(rs.getString(7))));
                }
                return List.copyOf(out);
            }
        });
    }
}
