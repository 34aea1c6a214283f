package org.steemdesk.app.storage;

/** The local database failed (disk full, locked beyond the busy timeout, corrupt file). */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
