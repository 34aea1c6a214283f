package org.steemdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private final Path home = Path.of("/home/u");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data"), home).path())
                .isEqualTo(Path.of("/data/steemdesk"));
        assertThat(DataDirectory.defaultFor("Linux", Map.of(), home).path())
                .isEqualTo(Path.of("/home/u/.local/share/steemdesk"));
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "relative"), home).path())
                .isEqualTo(Path.of("/home/u/.local/share/steemdesk"));
    }

    @Test
    void macAndWindowsFollowTheirConventions() {
        assertThat(DataDirectory.defaultFor("Mac OS X", Map.of(), home).path())
                .isEqualTo(Path.of("/home/u/Library/Application Support/Steemdesk"));
        assertThat(DataDirectory.defaultFor("Windows 11", Map.of("APPDATA", "/appdata"), home).path())
                .isEqualTo(Path.of("/appdata/Steemdesk"));
    }

    @Test
    void overrideWins(@TempDir Path tmp) {
        assertThat(DataDirectory.resolve(Optional.of(tmp.resolve("x"))).path()).isEqualTo(tmp.resolve("x"));
    }

    @Test
    void createsOwnerOnlyDirectory(@TempDir Path tmp) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        DataDirectory dir = new DataDirectory(tmp.resolve("a/b")).create();
        assertThat(Files.isDirectory(dir.path())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.path()))).isEqualTo("rwx------");
        assertThat(dir.cacheFile()).isEqualTo(tmp.resolve("a/b/cache.db"));
    }
}
