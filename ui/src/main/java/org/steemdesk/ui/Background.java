package org.steemdesk.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.steemdesk.app.work.Work;

/**
 * The app's {@link Work} seen from the FX thread: user actions run on the user-action workers and hand their result
 * or failure back to the FX thread; periodic jobs run on threads of their own. The FX thread never waits on the
 * network, the database or Argon2.
 */
public final class Background implements AutoCloseable {
    private final Work work;
    private final Executor ui;

    public Background(Work work, Executor ui) {
        this.work = Objects.requireNonNull(work, "work");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The app's threads, results on the JavaFX application thread. */
    public static Background forFx() {
        return new Background(Work.threaded(), Platform::runLater);
    }

    /** Runs the work off the FX thread; the future completes on a background thread. */
    public <T> CompletableFuture<T> supply(Supplier<T> action) {
        return work.submit(action);
    }

    /** Runs the work off the FX thread, for work whose result nobody waits for (saving a setting). */
    public CompletableFuture<Void> perform(Runnable action) {
        return work.perform(action);
    }

    /** Runs the work off the FX thread and hands its result or failure (unwrapped) to the FX thread. */
    public <T> void run(Supplier<T> action, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        when(supply(action), onResult, onFailure);
    }

    /** Hands the work's result or failure (unwrapped) to the FX thread when it comes; never waits for it. */
    public <T> void when(CompletableFuture<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        work.whenCompleteAsync((result, failure) -> {
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

    /** Runs the job every {@code period} after {@code delay}, on a thread of its own (never the FX thread). */
    public Work.Periodic every(String name, Duration delay, Duration period, Runnable job) {
        return work.every(name, delay, period, job);
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
        work.close();
    }
}
