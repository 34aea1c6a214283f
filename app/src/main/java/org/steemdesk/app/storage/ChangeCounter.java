package org.steemdesk.app.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's {@code PRAGMA data_version} on a connection of its own: the value moves whenever another connection —
 * this process's writer or another Steemdesk process — commits to the file. Reading it costs no I/O beyond a shared
 * memory check, so a watcher can look a few times a second to see another process's vote within a second.
 */
public final class ChangeCounter implements AutoCloseable {
    private final Connection connection;

    ChangeCounter(String url) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(CacheDatabase.BUSY_TIMEOUT_MS);
            this.connection = config.createConnection(Objects.requireNonNull(url, "url"));
        } catch (SQLException e) {
            throw new StorageException("cannot open a connection to watch " + url, e);
        }
    }

    /** The current value; different from the last one read when someone committed in between. */
    public synchronized long value() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("cannot read cache.db's change counter", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing was written on this connection.
        }
    }
}
