package org.steemdesk.app.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import org.steemdesk.keystore.disk.DiskFault;

/**
 * The local database failed (disk full, locked beyond the busy timeout, corrupt file). {@link #fault()} tells a full
 * disk ({@link DiskFault#FULL}: "no space left on this disk", and the failed write changed nothing) and a damaged file
 * from the rest, for the app to translate.
 */
public class StorageException extends RuntimeException {
    private final DiskFault fault;

    public StorageException(String message, Throwable cause) {
        this(message, cause, cause instanceof StorageException s ? s.fault() : DiskFault.OTHER);
    }

    public StorageException(String message, Throwable cause, DiskFault fault) {
        super(message, cause);
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    /** An SQLite error on {@code file}, classified; a full disk says so first, since that is what the user can fix. */
    static StorageException of(String what, SQLException e, Path file) {
        DiskFault fault = DiskFault.of(e, file);
        String message = switch (fault) {
            case FULL -> "no space left on this disk (" + file.toAbsolutePath().getParent() + "): " + what + "; nothing was changed";
            case DAMAGED -> file.getFileName() + " is damaged: " + what + ": " + e.getMessage();
            case OTHER -> what + ": " + e.getMessage();
        };
        return new StorageException(message, e, fault);
    }

    public DiskFault fault() {
        return fault;
    }

    public boolean isDiskFull() {
        return fault == DiskFault.FULL;
    }
}
