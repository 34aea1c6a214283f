package org.steemdesk.keystore.disk;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or directory that other users of this computer could read (or write), found when it was opened.
 *
 * @param path        what was exposed
 * @param foundMode   its permissions then, as {@code ls} shows them ({@code rw-r--r--})
 * @param madePrivate whether it is now readable by its owner only (false: changing it failed, e.g. not the owner)
 */
public record FileExposure(Path path, String foundMode, boolean madePrivate) {
    public FileExposure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(foundMode, "foundMode");
    }

    /** English, for logs and the CLI until it is translated. */
    public String message() {
        return path + " was readable by other users of this computer (" + foundMode + "); "
                + (madePrivate ? "it is now readable by you only" : "it could not be made private: check its owner");
    }
}
