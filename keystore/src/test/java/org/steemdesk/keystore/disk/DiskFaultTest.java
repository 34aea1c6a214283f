package org.steemdesk.keystore.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DiskFaultTest {
    @TempDir
    Path dir;

    @Test
    void sqliteFullAndItsMessageAreAFullDisk() {
        assertThat(DiskFault.of(new SQLiteException("[SQLITE_FULL] ...", SQLiteErrorCode.SQLITE_FULL), dir))
                .isEqualTo(DiskFault.FULL);
        assertThat(DiskFault.of(new SQLException("database or disk is full"), dir)).isEqualTo(DiskFault.FULL);
        // The rollback's complaint wraps the real cause.
        assertThat(DiskFault.of(new SQLException("cannot rollback - no transaction is active",
                new SQLiteException("x", SQLiteErrorCode.SQLITE_FULL)), dir)).isEqualTo(DiskFault.FULL);
    }

    @Test
    void aWriteErrorIsAFullDiskOnlyWhenTheDiskIsNearlyFull() {
        // This temp directory has room: a write error here is something else (a failing device, say).
        assertThat(DiskFault.of(new SQLiteException("disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE), dir))
                .isEqualTo(DiskFault.OTHER);
    }

    @Test
    void corruptOrNotADatabaseIsDamaged() {
        assertThat(DiskFault.of(new SQLiteException("x", SQLiteErrorCode.SQLITE_CORRUPT), dir))
                .isEqualTo(DiskFault.DAMAGED);
        assertThat(DiskFault.of(new SQLiteException("x", SQLiteErrorCode.SQLITE_NOTADB), dir))
                .isEqualTo(DiskFault.DAMAGED);
        assertThat(DiskFault.of(new SQLException("database disk image is malformed"), dir))
                .isEqualTo(DiskFault.DAMAGED);
    }

    @Test
    void enospcFromAFileWriteIsAFullDisk() {
        assertThat(DiskFault.of(new FileSystemException("/data/x", null, "No space left on device")))
                .isEqualTo(DiskFault.FULL);
        assertThat(DiskFault.of(new IOException("No space left on device"))).isEqualTo(DiskFault.FULL);
        assertThat(DiskFault.of(new IOException("Permission denied"))).isEqualTo(DiskFault.OTHER);
        assertThat(DiskFault.of(new SQLiteException("x", SQLiteErrorCode.SQLITE_BUSY), dir)).isEqualTo(DiskFault.OTHER);
    }
}
