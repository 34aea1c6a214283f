package org.steemdesk.app.vote;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks a data folder as served by a running curation runner ({@code steemdesk curate}): the same kind of OS lock
 * as the {@link FlushLock}, on {@code cache.db.runner.lock}, held for the runner's whole life (the OS drops it if the
 * process dies). While it is held elsewhere, the desktop app and other commands leave sending to the runner instead
 * of competing with it for the flush lock, and a second runner refuses to start.
 */
public final class RunnerLock implements AutoCloseable {
    private final FlushLock lock;

    private RunnerLock(FlushLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    static Path file(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + ".runner.lock");
    }

    /** The lock, or empty while another runner holds it. */
    static Optional<RunnerLock> tryAcquire(Path file) {
        return FlushLock.tryAcquire(file).map(RunnerLock::new);
    }

    /** Whether a runner holds the lock now (probing it takes and drops it at once when free). */
    static boolean held(Path file) {
        if (!file.toFile().exists()) {
            return false;
        }
        Optional<RunnerLock> probe = tryAcquire(file);
        probe.ifPresent(RunnerLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        lock.close();
    }
}
