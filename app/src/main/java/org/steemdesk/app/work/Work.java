package org.steemdesk.app.work;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Where the doors run work that may wait on the network, the database or Argon2, off the thread that serves the
 * user. Two kinds: user actions (a click, a command) on a small pool of workers, and periodic jobs (status poll,
 * vote flush, trail, auto-claim, idle check), each on its own thread, so a slow node delays neither a click nor
 * another job. {@link #threaded()} for the app, {@link DirectWork} (everything on the calling thread) for tests.
 */
public interface Work extends AutoCloseable {

    /** A scheduled periodic job. */
    interface Periodic {
        /** Stops further runs; a run under way finishes (or is interrupted when the work closes). */
        void cancel();
    }

    /** Runs a user action on a user-action worker; the future completes on that worker. */
    <T> CompletableFuture<T> submit(Supplier<T> action);

    /** Runs a user action whose result nobody waits for (saving a setting). */
    default CompletableFuture<Void> perform(Runnable action) {
        return submit(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs {@code job} first after {@code delay}, then {@code period} after each run ends (runs never overlap), on a
     * thread of its own named after {@code name}. A run that fails is reported and the next one still comes.
     */
    Periodic every(String name, Duration delay, Duration period, Runnable job);

    /** Stops the periodic jobs and lets the user actions under way finish (briefly). */
    @Override
    void close();

    /** The threads of the running app: 3 user-action workers and one thread per periodic job, all daemons. */
    static Work threaded() {
        return new ThreadedWork(ThreadedWork.USER_ACTION_WORKERS);
    }
}
