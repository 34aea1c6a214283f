package org.steemdesk.keystore.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * The vault's table of pending keys ({@link PendingKeys}), created when first written so vaults made before it
 * stay readable as they are. Records are sealed exactly as current ones (bound to account, role and public key),
 * so promoting them is moving rows, in one SQLite transaction, without the vault password.
 */
record PendingKeyTable(VaultFile file) {
    private static final String TABLE = "vault_pending_key";

    /** Replaces the account's pending keys by these, all or none. */
    void stage(AccountName account, List<VaultFile.Row> rows, String txId, Instant expiration) {
        file.inTransaction(() -> {
            try (Statement create = file.connection().createStatement()) {
                create.executeUpdate("CREATE TABLE IF NOT EXISTS " + TABLE + " (account TEXT NOT NULL,"
                        + " role TEXT NOT NULL, public_key TEXT NOT NULL, record BLOB NOT NULL,"
                        + " added_at INTEGER NOT NULL, tx_id TEXT NOT NULL, expiration INTEGER NOT NULL,"
                        + " PRIMARY KEY (account, role))");
            }
            delete(account);
            try (PreparedStatement insert = file.connection().prepareStatement("INSERT INTO " + TABLE
                    + " (account, role, public_key, record, added_at, tx_id, expiration) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (VaultFile.Row row : rows) {
                    insert.setString(1, account.value());
                    insert.setString(2, row.entry().role().wireName());
                    insert.setString(3, row.entry().publicKey().toString());
                    insert.setBytes(4, row.record());
                    insert.setLong(5, row.entry().addedAt().toEpochMilli());
                    insert.setString(6, txId);
                    insert.setLong(7, expiration.toEpochMilli());
                    insert.executeUpdate();
                }
            }
        });
    }

    Optional<PendingKeys> pending(AccountName account) {
        if (!exists()) {
            return Optional.empty();
        }
        try (PreparedStatement select = file.connection().prepareStatement("SELECT role, public_key, added_at, tx_id,"
                + " expiration FROM " + TABLE + " WHERE account = ? ORDER BY role")) {
            select.setString(1, account.value());
            List<VaultEntry> entries = new ArrayList<>();
            String txId = null;
            Instant expiration = null;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new VaultEntry(account, KeyRole.parse(rs.getString(1)),
                            PublicKey.fromString(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3))));
                    txId = rs.getString(4);
                    expiration = Instant.ofEpochMilli(rs.getLong(5));
                }
            }
            return entries.isEmpty() ? Optional.empty()
                    : Optional.of(new PendingKeys(account, entries, txId, expiration));
        } catch (SQLException e) {
            throw file.failure("cannot read the vault's pending keys", e);
        }
    }

    /** The pending keys become the account's keys; its former keys, no longer valid on chain, are removed. */
    void promote(AccountName account) {
        file.inTransaction(() -> {
            Connection c = file.connection();
            try (PreparedStatement old = c.prepareStatement("DELETE FROM vault_key WHERE account = ?");
                 PreparedStatement copy = c.prepareStatement("INSERT INTO vault_key (account, role, public_key, record,"
                         + " added_at) SELECT account, role, public_key, record, added_at FROM " + TABLE
                         + " WHERE account = ?")) {
                old.setString(1, account.value());
                old.executeUpdate();
                copy.setString(1, account.value());
                copy.executeUpdate();
            }
            delete(account);
        });
    }

    /** Forgets the pending keys (their transaction never landed). */
    void drop(AccountName account) {
        if (exists()) {
            file.inTransaction(() -> delete(account));
        }
    }

    private void delete(AccountName account) throws SQLException {
        try (PreparedStatement delete = file.connection().prepareStatement("DELETE FROM " + TABLE
                + " WHERE account = ?")) {
            delete.setString(1, account.value());
            delete.executeUpdate();
        }
    }

    private boolean exists() {
        try (PreparedStatement p = file.connection().prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, TABLE);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw file.failure("cannot read the vault's tables", e);
        }
    }
}
