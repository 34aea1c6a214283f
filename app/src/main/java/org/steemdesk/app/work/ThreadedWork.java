package org.steemdesk.app.work;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * User actions on a fixed pool of workers; each periodic job on a single thread of its own. The threads are
 * daemons, so a forgotten task never keeps the process from exiting.
 */
final class ThreadedWork implements Work {
    /** Enough for a feed, a post and a vote at once; Argon2 (64 MiB each) argues against many more. */
    static final int USER_ACTION_WORKERS = 3;

    private final ExecutorService actions;
    private final List<ScheduledExecutorService> periodic = new CopyOnWriteArrayList<>();

    ThreadedWork(int workers) {
        this.actions = Executors.newFixedThreadPool(workers, daemon("steemdesk-action"));
    }

    @Override
    public <T> CompletableFuture<T> submit(Supplier<T> action) {
        try {
            return CompletableFuture.supplyAsync(action, actions);
        } catch (RejectedExecutionException e) {
            // The app is closing: a listener that fires during shutdown (a vault locking as the window closes) gets
            // a failed future instead of an exception thrown into the FX thread.
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public Periodic every(String name, Duration delay, Duration period, Runnable job) {
        Objects.requireNonNull(job, "job");
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(daemon("steemdesk-" + name));
        periodic.add(thread);
        var future = thread.scheduleWithFixedDelay(() -> runReporting(job), delay.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> {
            future.cancel(false);
            thread.shutdown();
            periodic.remove(thread);
        };
    }

    /** A job that throws would never be scheduled again; it is reported instead, and the next run comes. */
    private static void runReporting(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, e);
        }
    }

    @Override
    public void close() {
        periodic.forEach(ScheduledExecutorService::shutdownNow);
        periodic.clear();
        actions.shutdown();
        try {
            if (!actions.awaitTermination(3, TimeUnit.SECONDS)) {
                actions.shutdownNow();
            }
        } catch (InterruptedException e) {
            actions.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return task -> {
            var thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
