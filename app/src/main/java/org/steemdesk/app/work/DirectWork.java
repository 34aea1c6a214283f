package org.steemdesk.app.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs every user action at once on the calling thread (the future is already complete when returned) and keeps
 * the periodic jobs until {@link #runPeriodicJobs()} runs each once: tests decide when time passes.
 */
public final class DirectWork implements Work {
    private final List<Runnable> jobs = new ArrayList<>();

    @Override
    public <T> CompletableFuture<T> submit(Supplier<T> action) {
        try {
            return CompletableFuture.completedFuture(action.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public synchronized Periodic every(String name, Duration delay, Duration period, Runnable job) {
        jobs.add(job);
        return () -> {
            synchronized (this) {
                jobs.remove(job);
            }
        };
    }

    /** Runs every scheduled periodic job once, in the order they were scheduled. */
    public void runPeriodicJobs() {
        List<Runnable> now;
        synchronized (this) {
            now = List.copyOf(jobs);
        }
        now.forEach(Runnable::run);
    }

    /** How many periodic jobs are scheduled. */
    public synchronized int periodicJobs() {
        return jobs.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            jobs.clear();
        }
    }
}
