package org.steemdesk.app;

import org.steemdesk.app.storage.StorageException;
import org.steemdesk.keystore.disk.DiskFault;

/**
 * What a failure of the local database means to a door, without the door reaching into {@code app.storage}: the
 * disk is full (the user can fix that, and the failed write changed nothing) or something else went wrong.
 */
public final class StorageFailure {
    private StorageFailure() {
    }

    /** True when {@code failure} is the cache database (or the vault) finding no space left on the disk. */
    public static boolean isDiskFull(Throwable failure) {
        return failure instanceof StorageException e && e.fault() == DiskFault.FULL;
    }
}
