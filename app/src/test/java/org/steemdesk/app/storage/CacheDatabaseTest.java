package org.steemdesk.app.storage;

import org.steemdesk.app.settings.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void opensWithWalForeignKeysAndLatestSchema() {
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Schema.MIGRATIONS.size());
            assertThat(db.<String>read(c -> pragma(c.createStatement(), "journal_mode"))).isEqualTo("wal");
            assertThat(db.<String>write(c -> pragma(c.createStatement(), "foreign_keys"))).isEqualTo("1");
            assertThat(db.<String>write(c -> pragma(c.createStatement(), "synchronous"))).isEqualTo("1");
            assertThat(db.<String>read(c -> pragma(c.createStatement(), "busy_timeout")))
                    .isEqualTo(String.valueOf(CacheDatabase.BUSY_TIMEOUT_MS));
        }
    }

    @Test
    void reopeningAppliesNothingTwice() {
        CacheDatabase.open(tmp.resolve("cache.db")).close();
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Schema.MIGRATIONS.size());
        }
    }

    @Test
    void failingMigrationLeavesThePreviousVersionIntact() {
        Path file = tmp.resolve("m.db");
        Migration one = new Migration(1, "t1", List.of("CREATE TABLE t1 (x INTEGER)", "INSERT INTO t1 VALUES (1)"));
        CacheDatabase.open(file, List.of(one)).close();

        Migration broken = new Migration(2, "half done", List.of(
                "CREATE TABLE t2 (y INTEGER)",
                "INSERT INTO t1 VALUES (2)",
                "THIS IS NOT SQL"));
        assertThatThrownBy(() -> CacheDatabase.open(file, List.of(one, broken)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("migration 2");

        try (CacheDatabase db = CacheDatabase.open(file, List.of(one))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            assertThat(db.<Integer>read(c -> count(c.createStatement(), "SELECT COUNT(*) FROM t1"))).isEqualTo(1);
            assertThat(db.<Integer>read(c -> count(c.createStatement(),
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 't2'"))).isZero();
        }
    }

    @Test
    void refusesANewerSchemaThanItKnows() {
        Path file = tmp.resolve("new.db");
        CacheDatabase.open(file).close();
        assertThatThrownBy(() -> CacheDatabase.open(file, Schema.MIGRATIONS.subList(0, 1)))
                .isInstanceOf(StorageException.class).hasMessageContaining("newer");
    }

    @Test
    void failedWriteRollsBackEverything() {
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            SettingsStore settings = new SettingsStore(db);
            assertThatThrownBy(() -> db.write(c -> {
                settings.put("language", "ko");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(settings.get("language")).isEmpty();
        }
    }

    @Test
    void concurrentWritersAreSerializedAndReadersSeeCommittedData() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            SettingsStore settings = new SettingsStore(db);
            settings.put("counter", "0");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> db.write(c -> {
                    int n = Integer.parseInt(settings.get("counter").orElseThrow());
                    try (var p = c.prepareStatement("UPDATE settings SET value = ? WHERE key = 'counter'")) {
                        p.setString(1, String.valueOf(n + 1));
                        return p.executeUpdate();
                    }
                })));
            }
            for (var f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(settings.get("counter")).contains("200");
        }
    }

    private static String pragma(Statement s, String name) throws java.sql.SQLException {
        try (s; ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1).toLowerCase();
        }
    }

    private static int count(Statement s, String sql) throws java.sql.SQLException {
        try (s; ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
