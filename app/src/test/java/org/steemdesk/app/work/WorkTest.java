package org.steemdesk.app.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkTest {

    /** A periodic job stuck on a dead node must not hold up what the user asked for. */
    @Test
    void aStuckPeriodicJobDelaysNoUserAction() throws Exception {
        CountDownLatch jobStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Work work = Work.threaded()) {
            work.every("stuck", Duration.ZERO, Duration.ofHours(1), () -> {
                jobStarted.countDown();
                await(release);
            });
            assertThat(jobStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // As many actions as there are workers, and more: all finish while the job is still stuck.
            for (int i = 0; i < 2 * ThreadedWork.USER_ACTION_WORKERS; i++) {
                assertThat(work.submit(() -> "done").get(10, TimeUnit.SECONDS)).isEqualTo("done");
            }
            assertThat(release.getCount()).isEqualTo(1);
            release.countDown();
        }
    }

    @Test
    void aPeriodicJobThatFailsRunsAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        try (Work work = Work.threaded()) {
            Thread.UncaughtExceptionHandler quiet = (t, e) -> { };
            work.every("failing", Duration.ZERO, Duration.ofMillis(1), () -> {
                Thread.currentThread().setUncaughtExceptionHandler(quiet);
                runs.incrementAndGet();
                twice.countDown();
                throw new IllegalStateException("node down");
            });
            assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }

    /** A listener that fires while the window closes must not throw into the FX thread. */
    @Test
    void anActionAfterCloseFailsItsFutureInsteadOfThrowing() {
        Work work = Work.threaded();
        work.close();
        assertThat(work.submit(() -> "late")).isCompletedExceptionally();
    }

    @Test
    void directWorkRunsActionsAtOnceAndPeriodicJobsWhenTold() {
        DirectWork work = new DirectWork();
        AtomicInteger runs = new AtomicInteger();
        assertThat(work.submit(() -> 42).join()).isEqualTo(42);
        assertThat(work.submit(() -> {
            throw new IllegalStateException("boom");
        })).isCompletedExceptionally();
        Work.Periodic job = work.every("poll", Duration.ofSeconds(30), Duration.ofSeconds(30), runs::incrementAndGet);
        assertThat(runs).hasValue(0);
        work.runPeriodicJobs();
        assertThat(runs).hasValue(1);
        job.cancel();
        work.runPeriodicJobs();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
