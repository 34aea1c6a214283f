package org.steemdesk.app.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.storage.CacheDatabase;

/** User settings as plain key/value text. Never for secrets: the vault holds those. */
public record SettingsStore(CacheDatabase db) {

    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
                p.setString(1, key);
                p.setString(2, value);
                return p.executeUpdate();
            }
        });
    }

    public void remove(String key) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                p.setString(1, key);
                return p.executeUpdate();
            }
        });
    }
}
