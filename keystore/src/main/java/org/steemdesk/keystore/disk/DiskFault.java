package org.steemdesk.keystore.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a failed write or read says about the disk under a file, so that the user hears "no space left on this disk"
 * or "the file is damaged" instead of SQLite's "cannot commit - no transaction is active".
 */
public enum DiskFault {
    /** No space left (SQLITE_FULL, ENOSPC, or a write I/O error on a disk with almost nothing free). */
    FULL,
    /** The file is not a database, or its pages are corrupt or missing (a truncated file). */
    DAMAGED,
    /** Anything else: locked, permissions, a failing device. */
    OTHER;

    // SQLite's primary result codes (sqlite3.h); the extended code keeps them in its low byte.
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;
    private static final int IOERR_WRITE = SQLITE_IOERR | (3 << 8);
    private static final int IOERR_FSYNC = SQLITE_IOERR | (4 << 8);
    private static final int IOERR_TRUNCATE = SQLITE_IOERR | (6 << 8);
    private static final int IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8);
    /** Below this much free space, a write error is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    /** The fault behind an SQLite error on {@code file}, looking through its causes. */
    public static DiskFault of(SQLException error, Path file) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                DiskFault fault = ofCode(sql.getErrorCode(), String.valueOf(sql.getMessage()), file);
                if (fault != OTHER) {
                    return fault;
                }
            } else if (t instanceof IOException io && isNoSpace(io)) {
                return FULL;
            }
        }
        return OTHER;
    }

    /** The fault behind a plain file write. */
    public static DiskFault of(IOException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException io && isNoSpace(io)) {
                return FULL;
            }
        }
        return OTHER;
    }

    private static DiskFault ofCode(int code, String message, Path file) {
        int primary = code & 0xff;
        // sqlite-jdbc sometimes reports only the message (e.g. when the statement was already reset).
        String text = message.toLowerCase(Locale.ROOT);
        if (primary == SQLITE_FULL || text.contains("database or disk is full")) {
            return FULL;
        }
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || text.contains("database disk image is malformed")
                || text.contains("file is not a database")) {
            return DAMAGED;
        }
        boolean writeError = code == IOERR_WRITE || code == IOERR_FSYNC || code == IOERR_TRUNCATE
                || code == IOERR_SHMSIZE || text.contains("disk i/o error");
        if (writeError && nearlyFull(file)) {
            return FULL;
        }
        return OTHER;
    }

    private static boolean isNoSpace(IOException e) {
        String text = String.valueOf(e.getMessage());
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            text = text + " " + fs.getReason();
        }
        // ENOSPC as Linux and macOS word it, and Windows' ERROR_DISK_FULL.
        return text.contains("No space left on device") || text.contains("not enough space on the disk");
    }

    private static boolean nearlyFull(Path file) {
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
