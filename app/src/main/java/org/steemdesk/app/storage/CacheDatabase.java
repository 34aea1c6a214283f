package org.steemdesk.app.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sqlite.SQLiteConfig;
import org.steemdesk.keystore.disk.DiskFault;
import org.steemdesk.keystore.disk.PrivateFiles;

/**
 * {@code cache.db}: WAL journal, {@code synchronous=NORMAL}, a busy timeout and foreign keys on every connection.
 * All writes go through one writer thread that owns the only write connection, each call in its own
 * IMMEDIATE transaction (so two Steemdesk processes on the same file serialize instead of failing mid-way).
 * Reads use separate connections and see the last committed state.
 */
public final class CacheDatabase implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final String url;
    private final Connection writeConnection;
    private final ExecutorService writer;
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private volatile Thread writerThread;
    private volatile boolean closed;

    private CacheDatabase(Path file, String url, Connection writeConnection) {
        this.file = file;
        this.url = url;
        this.writeConnection = writeConnection;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "cache-db-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** Opens (creating if needed) the database with Steemdesk's schema. */
    public static CacheDatabase open(Path file) {
        return open(file, Schema.MIGRATIONS);
    }

    /**
     * Opens the database and applies every migration above the stored version, each in its own transaction. The file
     * and its {@code -wal}/{@code -shm} are readable by their owner only (created so, or tightened when found open).
     */
    public static CacheDatabase open(Path file, List<Migration> migrations) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connection write;
        try {
            // SQLite gives -wal and -shm the database file's permissions, so the file is created private first.
            PrivateFiles.createFile(file);
            PrivateFiles.restrictDatabase(file);
            write = connect(url, false);
        } catch (IOException e) {
            throw new StorageException("cannot create " + file + ": " + e.getMessage(), e, DiskFault.of(e));
        } catch (SQLException e) {
            throw StorageException.of("cannot open " + file, e, file);
        }
        CacheDatabase db = new CacheDatabase(file.toAbsolutePath(), url, write);
        try {
            new Migrator(migrations).migrate(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // WAL is a property of the file, set once by the writer; a read-only connection cannot change it.
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return config.createConnection(url);
    }

    /**
     * Runs {@code work} on the writer thread inside one transaction and returns its result; any exception rolls
     * the whole transaction back. Called from the writer thread itself (nested), it joins the running transaction.
     */
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) {
            try {
                return work.apply(writeConnection);
            } catch (SQLException e) {
                throw StorageException.of("database write failed", e, file);
            }
        }
        Future<T> result = writer.submit(() -> inTransaction(work));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StorageException("database write failed", cause);
        }
    }

    /**
     * On a full disk SQLite has often rolled the transaction back by itself; then the rollback (or the commit) only
     * says "no transaction is active", which must not hide the real cause.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        writeConnection.setAutoCommit(false);
        try {
            T value = work.apply(writeConnection);
            writeConnection.commit();
            return value;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                writeConnection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof SQLException sql) {
                throw StorageException.of("database write failed", sql, file);
            }
            throw e;
        } finally {
            try {
                writeConnection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // Already out of the transaction (SQLite ended it); the outcome above is what counts.
            }
        }
    }

    /**
     * Runs {@code work} on a read connection (from a small pool) in the caller's thread. It sees committed data
     * only, so inside {@link #write} use the write connection instead.
     */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection connection = idleReaders.poll();
        try {
            if (connection == null) {
                connection = connect(url, true);
            }
            T value = work.apply(connection);
            if (!closed) {
                idleReaders.offer(connection);
                connection = null;
            }
            return value;
        } catch (SQLException e) {
            throw StorageException.of("database read failed", e, file);
        } finally {
            if (connection != null) {
                closeQuietly(connection);
            }
        }
    }

    /** A counter of commits by anyone, on a connection of its own (the caller closes it). */
    public ChangeCounter changeCounter() {
        ensureOpen();
        return new ChangeCounter(url);
    }

    /** The database file; companions such as lock files live beside it. */
    public Path file() {
        return file;
    }

    /** The schema version recorded in {@code schema_version}, 0 for a new file. */
    public int schemaVersion() {
        return read(Migrator::storedVersion);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("cache database is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(BUSY_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c;
        while ((c = idleReaders.poll()) != null) {
            closeQuietly(c);
        }
        closeQuietly(writeConnection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing a connection we are discarding: nothing left to protect.
        }
    }

    /** Applies pending migrations; each one and its version bump commit together or not at all. */
    private record Migrator(List<Migration> migrations) {
        Migrator {
            for (int i = 0; i < migrations.size(); i++) {
                if (migrations.get(i).version() != i + 1) {
                    throw new IllegalArgumentException("migrations must be numbered 1.." + migrations.size()
                            + " in order; found " + migrations.get(i).version() + " at position " + (i + 1));
                }
            }
        }

        void migrate(CacheDatabase db) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                }
                return null;
            });
            int current = db.write(Migrator::storedVersion);
            if (current > migrations.size()) {
                throw new StorageException("cache.db has schema version " + current
                        + ", newer than this Steemdesk understands (" + migrations.size() + ")", null);
            }
            for (Migration m : migrations.subList(current, migrations.size())) {
                try {
                    db.write(c -> apply(c, m));
                } catch (StorageException e) {
                    throw new StorageException("migration " + m.version() + " (" + m.description() + ") failed: "
                            + e.getMessage(), e);
                }
            }
        }

        private static Void apply(Connection c, Migration m) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("DELETE FROM schema_version");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version) VALUES (?)")) {
                p.setInt(1, m.version());
                p.executeUpdate();
            }
            return null;
        }

        static int storedVersion(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                 ResultSet exists = s.executeQuery(
                         "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'")) {
                if (!exists.next()) {
                    return 0;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
