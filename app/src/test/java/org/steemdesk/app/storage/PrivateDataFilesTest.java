package org.steemdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 7: the data directory 0700 and cache.db with its -wal/-shm 0600, also when they existed before. */
class PrivateDataFilesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aDirectoryTheUserPickedIsMadeOwnerOnly() throws IOException {
        Path chosen = Files.createDirectory(tmp.resolve("chosen"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-xr-x"));
        new DataDirectory(chosen).create();
        assertThat(mode(chosen)).isEqualTo("rwx------");
    }

    @Test
    void aNewCacheAndItsWalAndShmAreOwnerOnly() throws IOException {
        Path file = tmp.resolve("cache.db");
        try (CacheDatabase db = CacheDatabase.open(file)) {
            db.write(c -> c.createStatement().execute("CREATE TABLE t (x)"));
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(tmp.resolve("cache.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(tmp.resolve("cache.db-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingCacheOthersCouldReadIsTightened() throws IOException {
        Path file = tmp.resolve("cache.db");
        CacheDatabase.open(file).close();
        Path wal = Files.write(tmp.resolve("cache.db-wal"), new byte[0]);
        for (Path p : new Path[] {file, wal}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
        CacheDatabase.open(file).close();
        assertThat(mode(file)).isEqualTo("rw-------");
        if (Files.exists(wal)) {
            assertThat(mode(wal)).isEqualTo("rw-------");
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
