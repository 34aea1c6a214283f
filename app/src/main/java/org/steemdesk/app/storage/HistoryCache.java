package org.steemdesk.app.storage;

import org.steemdesk.app.sync.HistoryEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Account history by op index. History is append-only on chain, so rows are stored once and a re-fetched
 * overlapping page changes nothing.
 */
public record HistoryCache(CacheDatabase db) {

    public void store(AccountName account, Collection<HistoryEntry> entries) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT OR IGNORE INTO account_history (account, op_index, op_name, timestamp, json)
                    VALUES (?, ?, ?, ?, ?)""")) {
                for (HistoryEntry e : entries) {
                    p.setString(1, account.value());
                    p.setLong(2, e.index());
                    p.setString(3, e.opName());
                    p.setLong(4, e.timestamp().toEpochMilli());
                    p.setString(5, e.json());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** The highest stored index, empty if nothing is stored for the account yet. */
    public OptionalLong lastIndex(AccountName account) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT MAX(op_index) FROM account_history WHERE account = ?")) {
                p.setString(1, account.value());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long max = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(max);
                }
            }
        });
    }

    /** The newest {@code limit} entries, newest first. */
    public List<HistoryEntry> newest(AccountName account, int limit) {
        return query(account, List.of(), limit);
    }

    /** The newest {@code limit} entries whose op is one of {@code opNames}, newest first. */
    public List<HistoryEntry> newest(AccountName account, Collection<String> opNames, int limit) {
        if (opNames.isEmpty()) {
            return List.of();
        }
        return query(account, List.copyOf(opNames), limit);
    }

    private List<HistoryEntry> query(AccountName account, List<String> opNames, int limit) {
        String filter = opNames.isEmpty() ? "" : " AND op_name IN (" + "?, ".repeat(opNames.size() - 1) + "?)";
        String sql = "SELECT op_index, op_name, timestamp, json FROM account_history WHERE account = ?" + filter
                + " ORDER BY op_index DESC LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                p.setString(i++, account.value());
                for (String name : opNames) {
                    p.setString(i++, name);
                }
                p.setInt(i, limit);
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryEntry(rs.getLong(1), rs.getString(2),
                                Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
