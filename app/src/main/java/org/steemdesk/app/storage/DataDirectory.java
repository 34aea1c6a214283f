package org.steemdesk.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.keystore.disk.PrivateFiles;

/**
 * Where Steemdesk keeps its files. The default follows each OS's convention; {@code --data-dir} overrides it.
 * The directory holds the key vault, so on POSIX systems it is kept readable by its owner only.
 */
public record DataDirectory(Path path) {

    public static final String CACHE_FILE = "cache.db";

    public DataDirectory {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** The override if given, else the OS default computed from the real environment. */
    public static DataDirectory resolve(Optional<Path> override) {
        return override.map(DataDirectory::new)
                .orElseGet(() -> defaultFor(System.getProperty("os.name", ""), System.getenv(),
                        Path.of(System.getProperty("user.home"))));
    }

    /**
     * The OS convention: Linux and other Unixes {@code $XDG_DATA_HOME/steemdesk} or {@code ~/.local/share/steemdesk},
     * macOS {@code ~/Library/Application Support/Steemdesk}, Windows {@code %APPDATA%\Steemdesk}.
     */
    public static DataDirectory defaultFor(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = nonBlank(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataDirectory(base.resolve("Steemdesk"));
        }
        if (os.startsWith("mac")) {
            return new DataDirectory(home.resolve("Library").resolve("Application Support").resolve("Steemdesk"));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("steemdesk"));
    }

    /**
     * Creates the directory if it does not exist, and makes it accessible to its owner only where POSIX permissions
     * exist, also when it already existed (a directory the user chose): it holds the key vault. Elsewhere nothing is
     * changed (see {@link PrivateFiles}).
     */
    public DataDirectory create() {
        try {
            if (!Files.isDirectory(path)) {
                Files.createDirectories(path);
            }
            PrivateFiles.restrictDirectory(path);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + path, e);
        }
    }

    public Path cacheFile() {
        return path.resolve(CACHE_FILE);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
