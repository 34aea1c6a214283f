package org.steemdesk.keystore.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/** The SQLite file behind a vault: its header, the wrapped data key and the sealed key records. No cryptography. */
final class VaultFile implements AutoCloseable {
    static final int FORMAT_VERSION = 1;

    /** The header row: KDF name and cost, salt, and the data key sealed under the password-derived key. */
    record Header(int formatVersion, String kdf, Argon2idParameters parameters, byte[] salt, byte[] wrapNonce,
            byte[] wrappedKey) {}

    /** A stored key row, before decryption. */
    record Row(VaultEntry entry, byte[] record) {}

    private final Connection connection;

    private VaultFile(Connection connection) {
        this.connection = connection;
    }

    static void requireAbsent(Path path) {
        if (Files.exists(path)) {
            throw new KeystoreException(Reason.VAULT_EXISTS, "a vault already exists at " + path);
        }
    }

    static VaultFile create(Path path, Header header) {
        requireAbsent(path);
        VaultFile file = connect(path);
        try {
            file.initialize(header);
        } catch (RuntimeException e) {
            file.close();
            deleteQuietly(path);
            throw e;
        }
        return file;
    }

    private void initialize(Header header) {
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE vault_header (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        + " format_version INTEGER NOT NULL, kdf TEXT NOT NULL, memory_kib INTEGER NOT NULL,"
                        + " iterations INTEGER NOT NULL, parallelism INTEGER NOT NULL, salt BLOB NOT NULL)");
                statement.executeUpdate("CREATE TABLE data_key (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        + " cipher TEXT NOT NULL, nonce BLOB NOT NULL, wrapped BLOB NOT NULL)");
                statement.executeUpdate("CREATE TABLE vault_key (account TEXT NOT NULL, role TEXT NOT NULL,"
                        + " public_key TEXT NOT NULL, record BLOB NOT NULL, added_at INTEGER NOT NULL,"
                        + " PRIMARY KEY (account, role))");
                statement.executeUpdate("INSERT INTO vault_header (id, format_version, kdf, memory_kib, iterations,"
                        + " parallelism, salt) VALUES (1, 0, '', 0, 0, 0, x'')");
                statement.executeUpdate("INSERT INTO data_key (id, cipher, nonce, wrapped) VALUES (1, '', x'', x'')");
            }
            writeHeader(header);
        });
    }

    /** A half-created vault holds no key yet; removing it lets the user simply try again. */
    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }

    static VaultFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new KeystoreException(Reason.VAULT_MISSING, "no vault at " + path);
        }
        return connect(path);
    }

    private static VaultFile connect(Path path) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                // Durable on power loss, and deleted rows zeroed rather than left in free pages.
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA journal_mode = DELETE");
                statement.execute("PRAGMA secure_delete = ON");
            }
            return new VaultFile(connection);
        } catch (SQLException e) {
            throw storage("cannot open the vault file", e);
        }
    }

    Header readHeader() {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT h.format_version, h.kdf, h.memory_kib, h.iterations,"
                        + " h.parallelism, h.salt, d.cipher, d.nonce, d.wrapped FROM vault_header h, data_key d")) {
            if (!rs.next()) {
                throw new KeystoreException(Reason.VAULT_UNSUPPORTED, "the vault file has no header");
            }
            int version = rs.getInt(1);
            String kdf = rs.getString(2);
            if (version != FORMAT_VERSION || !Argon2idParameters.NAME.equals(kdf) || !"aes-256-gcm".equals(rs.getString(7))) {
                throw new KeystoreException(Reason.VAULT_UNSUPPORTED,
                        "vault format " + version + " with " + kdf + " is not supported by this version");
            }
            Argon2idParameters parameters;
            try {
                parameters = new Argon2idParameters(rs.getInt(3), rs.getInt(4), rs.getInt(5));
            } catch (IllegalArgumentException e) {
                throw new KeystoreException(Reason.VAULT_UNSUPPORTED, "vault header has invalid KDF parameters");
            }
            return new Header(version, kdf, parameters, rs.getBytes(6), rs.getBytes(8), rs.getBytes(9));
        } catch (SQLException e) {
            throw storage("cannot read the vault header (not a vault file?)", e);
        }
    }

    /** Replaces KDF parameters, salt and wrapped key; two statements, so callers run it in one transaction. */
    void writeHeader(Header header) throws SQLException {
        try (PreparedStatement kdf = connection.prepareStatement("UPDATE vault_header SET format_version = ?, kdf = ?,"
                + " memory_kib = ?, iterations = ?, parallelism = ?, salt = ? WHERE id = 1");
                PreparedStatement key = connection.prepareStatement(
                        "UPDATE data_key SET cipher = 'aes-256-gcm', nonce = ?, wrapped = ? WHERE id = 1")) {
            kdf.setInt(1, header.formatVersion());
            kdf.setString(2, header.kdf());
            kdf.setInt(3, header.parameters().memoryKib());
            kdf.setInt(4, header.parameters().iterations());
            kdf.setInt(5, header.parameters().parallelism());
            kdf.setBytes(6, header.salt());
            kdf.executeUpdate();
            key.setBytes(1, header.wrapNonce());
            key.setBytes(2, header.wrappedKey());
            key.executeUpdate();
        }
    }

    void putKey(VaultEntry entry, byte[] record) {
        inTransaction(() -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT OR REPLACE INTO vault_key"
                    + " (account, role, public_key, record, added_at) VALUES (?, ?, ?, ?, ?)")) {
                statement.setString(1, entry.account().value());
                statement.setString(2, entry.role().wireName());
                statement.setString(3, entry.publicKey().toString());
                statement.setBytes(4, record);
                statement.setLong(5, entry.addedAt().toEpochMilli());
                statement.executeUpdate();
            }
        });
    }

    int removeKeys(AccountName account, Optional<KeyRole> role) {
        int[] removed = new int[1];
        inTransaction(() -> {
            try (PreparedStatement statement = connection.prepareStatement(role.isPresent()
                    ? "DELETE FROM vault_key WHERE account = ? AND role = ?"
                    : "DELETE FROM vault_key WHERE account = ?")) {
                statement.setString(1, account.value());
                if (role.isPresent()) {
                    statement.setString(2, role.get().wireName());
                }
                removed[0] = statement.executeUpdate();
            }
        });
        return removed[0];
    }

    List<Row> rows(Optional<AccountName> account, Optional<KeyRole> role) {
        String sql = "SELECT account, role, public_key, record, added_at FROM vault_key"
                + (account.isPresent() ? " WHERE account = ?" + (role.isPresent() ? " AND role = ?" : "") : "")
                + " ORDER BY account, role";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (account.isPresent()) {
                statement.setString(1, account.get().value());
                if (role.isPresent()) {
                    statement.setString(2, role.get().wireName());
                }
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(entry(rs), rs.getBytes(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw storage("cannot read the vault's keys", e);
        }
    }

    private static VaultEntry entry(ResultSet rs) throws SQLException {
        String account = rs.getString(1);
        String role = rs.getString(2);
        try {
            return new VaultEntry(AccountName.of(account), KeyRole.parse(role), PublicKey.fromString(rs.getString(3)),
                    Instant.ofEpochMilli(rs.getLong(5)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new KeystoreException(Reason.INTEGRITY, null, null,
                    "the vault row for account \"" + account + "\", role \"" + role + "\" is damaged", e);
        }
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs the work in one SQLite transaction: all of it is written, or none. */
    void inTransaction(SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw storage("the vault could not be written; nothing was changed", e);
        }
    }

    private static KeystoreException storage(String message, SQLException e) {
        return new KeystoreException(Reason.STORAGE, null, null, message + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw storage("cannot close the vault file", e);
        }
    }
}
