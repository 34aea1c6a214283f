package org.steemdesk.app.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.StorageException;
import org.steemdesk.chain.protocol.AccountName;

/** The guard's rows in {@code cache.db}: the last snapshot of each account and the alerts found. */
record GuardStore(CacheDatabase db) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Optional<GuardSnapshot> snapshot(AccountName account) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT json FROM guard_snapshots WHERE account = ?")) {
                p.setString(1, account.value());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Stores the alerts and the new snapshot in one transaction: a pass counts whole or not at all. */
    List<GuardAlert> record(AccountName account, GuardSnapshot snapshot, List<GuardAlert> alerts, Instant at) {
        return db.write(c -> {
            List<GuardAlert> stored = new ArrayList<>();
            for (GuardAlert alert : alerts) {
                stored.add(alert.withId(insert(c, alert)));
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR REPLACE INTO guard_snapshots (account, json, taken_at) VALUES (?, ?, ?)")) {
                p.setString(1, account.value());
                p.setString(2, json(snapshot));
                p.setLong(3, at.toEpochMilli());
                p.executeUpdate();
            }
            return stored;
        });
    }

    /** The newest alerts of the account, newest first. */
    List<GuardAlert> alerts(AccountName account, int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, kind, detected_at, subject, before, after, tx_id,"
                    + " own, remedy, remedy_target FROM guard_alerts WHERE account = ? ORDER BY id DESC LIMIT ?")) {
                p.setString(1, account.value());
                p.setInt(2, limit);
                List<GuardAlert> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GuardAlert(rs.getLong(1), account, GuardAlertKind.valueOf(rs.getString(2)),
                                Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), Optional.ofNullable(rs.getString(7)), rs.getInt(8) == 1,
                                new Remedy(RemedyKind.valueOf(rs.getString(9)), rs.getString(10))));
                    }
                }
                return out;
            }
        });
    }

    private static long insert(Connection c, GuardAlert a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO guard_alerts (account, kind, detected_at, subject,"
                + " before, after, tx_id, own, remedy, remedy_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, a.account().value());
            p.setString(2, a.kind().name());
            p.setLong(3, a.detectedAt().toEpochMilli());
            p.setString(4, a.subject());
            p.setString(5, a.before());
            p.setString(6, a.after());
            p.setString(7, a.txId().orElse(null));
            p.setInt(8, a.own() ? 1 : 0);
            p.setString(9, a.remedy().kind().name());
            p.setString(10, a.remedy().target());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static String json(GuardSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a guard snapshot", e);
        }
    }

    private static GuardSnapshot parse(String json) {
        try {
            return JSON.readValue(json, GuardSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored guard snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
