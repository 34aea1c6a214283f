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
import org.steemdesk.keystore.disk.DiskFault;
import org.steemdesk.keystore.disk.FileExposure;
import org.steemdesk.keystore.disk.PrivateFiles;

/** The SQLite file behind a vault: its header, the wrapped data key and the sealed key records. No cryptography. */
final class VaultFile implements AutoCloseable {
    static final int FORMAT_VERSION = 1;

    /** The header row: KDF name and cost, salt, and the data key sealed under the password-derived key. */
    record Header(int formatVersion, String kdf, Argon2idParameters parameters, byte[] salt, byte[] wrapNonce,
            byte[] wrappedKey) {}

    /** A stored key row, before decryption. */
    record Row(VaultEntry entry, byte[] record) {}

    /** What a vault file's parts must measure; anything else is damage, found without deriving a key. */
    private static final int WRAPPED_KEY_SIZE = AesGcm.KEY_SIZE + AesGcm.TAG_SIZE;

    private final Path path;
    private final Connection connection;
    private final Optional<FileExposure> exposure;

    private VaultFile(Path path, Connection connection, Optional<FileExposure> exposure) {
        this.path = path;
        this.connection = connection;
        this.exposure = exposure;
    }

    static void requireAbsent(Path path) {
        if (Files.exists(path)) {
            throw new KeystoreException(Reason.VAULT_EXISTS, "a vault already exists at " + path);
        }
    }

    static VaultFile create(Path path, Header header) {
        requireAbsent(path);
        try {
            // Created readable by its owner only before SQLite opens it; SQLite gives its journal the same mode.
            PrivateFiles.createFile(path);
        } catch (IOException e) {
            throw new KeystoreException(DiskFault.of(e) == DiskFault.FULL ? Reason.DISK_FULL : Reason.STORAGE, null,
                    null, "cannot create the vault file " + path + ": " + e.getMessage(), e);
        }
        VaultFile file;
        try {
            file = connect(path, Optional.empty());
        } catch (KeystoreException e) {
            deleteQuietly(path);
            throw e;
        }
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

    /**
     * Opens an existing vault file and checks that it is a whole SQLite database with the vault's tables: a file cut
     * short reads as damaged here, never later as "no such key". A vault others could read is made private, and
     * that is remembered for {@link #exposure()}.
     */
    static VaultFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new KeystoreException(Reason.VAULT_MISSING, "no vault at " + path);
        }
        Optional<FileExposure> exposure = PrivateFiles.restrictDatabase(path);
        VaultFile file = connect(path, exposure);
        try {
            file.requireIntact();
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    private static VaultFile connect(Path path, Optional<FileExposure> exposure) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                // Durable on power loss, and deleted rows zeroed rather than left in free pages.
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA journal_mode = DELETE");
                statement.execute("PRAGMA secure_delete = ON");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new VaultFile(path, connection, exposure);
        } catch (SQLException e) {
            throw storage(path, "cannot open the vault file", e);
        }
    }

    /** A vault file SQLite can read whole, with the three tables; SQLite takes an empty file for a new database. */
    private void requireIntact() {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw damaged("the vault file is damaged (" + verdict + ")");
                }
            }
            long expected = pragma(statement, "page_count") * pragma(statement, "page_size");
            long actual = Files.size(path);
            if (actual < expected) {
                // The last page cut short may hold only free space, which quick_check does not read.
                throw damaged("the vault file is cut short (" + actual + " of " + expected + " bytes)");
            }
            try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('vault_header', 'data_key', 'vault_key')")) {
                if (!tables.next() || tables.getInt(1) != 3) {
                    throw damaged("the vault file is damaged or not a vault: its tables are missing");
                }
            }
        } catch (SQLException e) {
            throw storage(path, "cannot read the vault file", e);
        } catch (IOException e) {
            throw new KeystoreException(Reason.STORAGE, null, null, "cannot read the vault file: " + e.getMessage(), e);
        }
    }

    private static long pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** What {@link PrivateFiles} found when the file was opened: others could read it (it has been made private). */
    Optional<FileExposure> exposure() {
        return exposure;
    }

    /**
     * The header, checked before any key is derived from it: KDF cost within {@link Argon2idParameters}' bounds, salt,
     * nonce and wrapped key of their exact sizes. A flipped byte inside them cannot be seen here; it reads as a wrong
     * password when unwrapping.
     */
    Header readHeader() {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT h.format_version, h.kdf, h.memory_kib, h.iterations,"
                        + " h.parallelism, h.salt, d.cipher, d.nonce, d.wrapped FROM vault_header h, data_key d")) {
            if (!rs.next()) {
                throw damaged("the vault file is damaged: it has no header");
            }
            long version = rs.getLong(1);
            String kdf = rs.getString(2);
            if (version < 1) {
                throw headerDamaged("format version " + version);
            }
            if (version != FORMAT_VERSION || !Argon2idParameters.NAME.equals(kdf) || !"aes-256-gcm".equals(rs.getString(7))) {
                throw new KeystoreException(Reason.VAULT_UNSUPPORTED,
                        "vault format " + version + " with " + kdf + " is not supported by this version");
            }
            String problem = Argon2idParameters.problem(rs.getLong(3), rs.getLong(4), rs.getLong(5));
            if (problem != null) {
                throw headerDamaged(problem);
            }
            Argon2idParameters parameters = new Argon2idParameters(rs.getInt(3), rs.getInt(4), rs.getInt(5));
            byte[] salt = sized(rs.getBytes(6), Argon2idParameters.SALT_SIZE, "salt");
            byte[] nonce = sized(rs.getBytes(8), AesGcm.NONCE_SIZE, "nonce");
            byte[] wrapped = sized(rs.getBytes(9), WRAPPED_KEY_SIZE, "wrapped key");
            return new Header((int) version, kdf, parameters, salt, nonce, wrapped);
        } catch (SQLException e) {
            throw storage(path, "cannot read the vault header", e);
        }
    }

    private static byte[] sized(byte[] value, int size, String part) {
        if (value == null || value.length != size) {
            throw headerDamaged("its " + part + " has " + (value == null ? "no" : value.length) + " bytes, not " + size);
        }
        return value;
    }

    private static KeystoreException headerDamaged(String detail) {
        return new KeystoreException(Reason.VAULT_HEADER_DAMAGED, "the vault header is damaged: " + detail);
    }

    private static KeystoreException damaged(String message) {
        return new KeystoreException(Reason.VAULT_DAMAGED, message);
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
            throw storage(path, "cannot read the vault's keys", e);
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

    /** The connection, for the tables kept by their own classes ({@link PendingKeyTable}). */
    Connection connection() {
        return connection;
    }

    /** A database error as the user should hear it (see {@link #storage}). */
    KeystoreException failure(String message, SQLException e) {
        return storage(path, message, e);
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs the work in one SQLite transaction: all of it is written, or none. On a full disk SQLite may already have
     * rolled back; the rollback's own complaint then must not hide why.
     */
    void inTransaction(SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is left in autocommit or closed; the work's outcome is what matters
                }
            }
        } catch (SQLException e) {
            throw storage(path, "the vault could not be written; nothing was changed", e);
        }
    }

    /** A database error as the user should hear it: a full disk, a damaged file, or (otherwise) storage. */
    private static KeystoreException storage(Path path, String message, SQLException e) {
        return switch (DiskFault.of(e, path)) {
            case FULL -> new KeystoreException(Reason.DISK_FULL, null, null,
                    "no space left on this disk: " + message, e);
            case DAMAGED -> new KeystoreException(Reason.VAULT_DAMAGED, null, null,
                    "the vault file is damaged: " + message + ": " + e.getMessage(), e);
            case OTHER -> new KeystoreException(Reason.STORAGE, null, null, message + ": " + e.getMessage(), e);
        };
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw storage(path, "cannot close the vault file", e);
        }
    }
}
