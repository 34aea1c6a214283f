package org.steemdesk.app.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape shared by most cache tables: node JSON stored as text under a key, with the time it was fetched.
 * Table and key column names are fixed by the callers in this package, never taken from input.
 */
final class JsonBlobTable {

    private final CacheDatabase db;
    private final String table;
    private final List<String> keyColumns;

    JsonBlobTable(CacheDatabase db, String table, List<String> keyColumns) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
    }

    void put(List<String> key, String json, Instant fetchedAt) {
        requireKey(key);
        Objects.requireNonNull(json, "json");
        String columns = String.join(", ", keyColumns);
        String marks = "?, ".repeat(keyColumns.size());
        String sql = "INSERT OR REPLACE INTO " + table + " (" + columns + ", json, fetched_at) VALUES (" + marks + "?, ?)";
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (String k : key) {
                    p.setString(i++, k);
                }
                p.setString(i++, json);
                p.setLong(i, fetchedAt.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    Optional<Cached<String>> get(List<String> key) {
        requireKey(key);
        String where = String.join(" = ? AND ", keyColumns) + " = ?";
        String sql = "SELECT json, fetched_at FROM " + table + " WHERE " + where;
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < key.size(); i++) {
                    p.setString(i + 1, key.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Cached<>(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                            : Optional.empty();
                }
            }
        });
    }

    private void requireKey(List<String> key) {
        if (key.size() != keyColumns.size() || key.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(table + " is keyed by " + keyColumns);
        }
    }
}
