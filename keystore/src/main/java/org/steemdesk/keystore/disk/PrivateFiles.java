package org.steemdesk.keystore.disk;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Files only their owner can read: the vault, the cache and their SQLite companions ({@code -journal}, {@code -wal},
 * {@code -shm}) 0600, the data directory 0700. SQLite creates its companions with the database file's permissions,
 * so creating the database file 0600 before SQLite opens it covers them; existing ones are tightened on open.
 *
 * <p>POSIX file systems only. On others nothing is changed: Windows keeps per-user files private through the ACLs
 * %APPDATA% inherits, and FAT/exFAT have no permissions to set.
 */
public final class PrivateFiles {
    /** SQLite's companion files of a database, by suffix. */
    public static final java.util.List<String> SQLITE_COMPANIONS = java.util.List.of("-journal", "-wal", "-shm");

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /** Creates an empty file readable by its owner only, unless it already exists (then nothing changes). */
    public static void createFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!isPosix(parent)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (FileAlreadyExistsException exists) {
            // Someone (or an earlier run) made it; restrict() looks at its permissions.
        }
    }

    /**
     * Makes an existing file (and, for a database, its SQLite companions) readable by its owner only. Returns what
     * was found when the file itself was open to others.
     */
    public static Optional<FileExposure> restrictDatabase(Path database) {
        Optional<FileExposure> exposure = restrict(database, OWNER_FILE);
        for (String suffix : SQLITE_COMPANIONS) {
            restrict(database.resolveSibling(database.getFileName() + suffix), OWNER_FILE);
        }
        return exposure;
    }

    /** Makes an existing directory accessible to its owner only; what was found, if it was open to others. */
    public static Optional<FileExposure> restrictDirectory(Path directory) {
        return restrict(directory, OWNER_DIRECTORY);
    }

    private static Optional<FileExposure> restrict(Path path, Set<PosixFilePermission> wanted) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || !isPosix(path)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> found;
        try {
            found = Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (found.equals(wanted)) {
            return Optional.empty();
        }
        boolean changed;
        try {
            Files.setPosixFilePermissions(path, wanted);
            changed = true;
        } catch (IOException | SecurityException e) {
            changed = false;
        }
        boolean wasOpen = found.stream().anyMatch(OTHERS::contains);
        return wasOpen ? Optional.of(new FileExposure(path, PosixFilePermissions.toString(found), changed))
                : Optional.empty();
    }

    private static boolean isPosix(Path path) {
        try {
            Path existing = path;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null
                    && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
