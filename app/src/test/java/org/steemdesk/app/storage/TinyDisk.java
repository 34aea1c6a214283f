package org.steemdesk.app.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs of a few hundred KiB, so that a test meets a real full disk (ENOSPC, SQLITE_FULL). Mounting needs root
 * (as in the CI container); elsewhere the test is skipped rather than faked.
 */
final class TinyDisk implements AutoCloseable {
    private final Path path;

    private TinyDisk(Path path) {
        this.path = path;
    }

    static TinyDisk mount(Path path, String size) throws IOException {
        Files.createDirectories(path);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", path.toString()),
                "cannot mount a tmpfs here (not root?)");
        return new TinyDisk(path);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        run("umount", "-l", path.toString());
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
