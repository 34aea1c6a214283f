package org.steemdesk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Where network, database and Argon2 work runs, so the FX thread never waits on them; results come back on the FX
 * thread. The threads are daemons, so a forgotten task never keeps the app from exiting.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService work;
    private final ScheduledExecutorService timers;
    private final Executor ui;

    public Background(Executor ui) {
        this.ui = ui;
        this.work = Executors.newFixedThreadPool(3, daemon("steemdesk-work"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("steemdesk-timer"));
    }

    /** Background threads, results on the JavaFX application thread. */
    public static Background forFx() {
        return new Background(Platform::runLater);
    }

    /** Runs the work off the FX thread; the future completes on a background thread. */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, this.work);
    }

    /** Runs the work off the FX thread, for work whose result nobody waits for (saving a setting). */
    public CompletableFuture<Void> perform(Runnable work) {
        return CompletableFuture.runAsync(work, this.work);
    }

    /** Runs the work off the FX thread and hands its result or failure (unwrapped) to the FX thread. */
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        supply(work).whenCompleteAsync((result, failure) -> {
            if (failure == null) {
                onResult.accept(result);
            } else {
                onFailure.accept(unwrap(failure));
            }
        }, ui);
    }

    /** The UI executor (the FX thread in the app), for {@code whenCompleteAsync}. */
    public Executor ui() {
        return ui;
    }

    /** Runs the task on the UI executor (the FX thread in the app). */
    public void onUi(Runnable task) {
        ui.execute(task);
    }

    /** Runs the job off the FX thread every {@code period}, starting after {@code delay}. */
    public ScheduledFuture<?> every(java.time.Duration delay, java.time.Duration period, Runnable job) {
        return timers.scheduleWithFixedDelay(() -> work.execute(job), delay.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        work.shutdown();
        try {
            if (!work.awaitTermination(3, TimeUnit.SECONDS)) {
                work.shutdownNow();
            }
        } catch (InterruptedException e) {
            work.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return task -> {
            var thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
