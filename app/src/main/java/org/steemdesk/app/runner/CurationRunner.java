package org.steemdesk.app.runner;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.steemdesk.app.curation.Curation;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.QueueWatch;
import org.steemdesk.app.vote.VoteClock;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.work.Work;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The headless curation runner ({@code steemdesk curate}): with the vault unlocked once, it runs the trails of its
 * accounts, sends due votes on time ({@link VoteClock}), picks up votes other Steemdesk processes queue (a
 * {@link QueueWatch} looks at cache.db a few times a second), and reports each thing it does as a
 * {@link RunnerEvent}. It holds the data folder's runner lock for its whole life, so the desktop app and other
 * commands leave sending to it, and a second runner cannot start. It opens no network listener: keys never leave
 * this process. Its periodic jobs are a list: the trail run, the queue watch, and whatever {@link Job}s the door adds.
 */
public final class CurationRunner implements AutoCloseable {
    /** How often the trails look for new posts: well inside the 300 s reverse auction. */
    public static final Duration TRAIL_PERIOD = Duration.ofMinutes(1);
    /** How often cache.db's change counter is read, so another process's vote is seen within a second. */
    public static final Duration WATCH_PERIOD = Duration.ofMillis(250);
    /** How long a stop waits for a send under way before leaving it to the outbox. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /**
     * A periodic job of the runner: {@code action} every {@code period}, the first run after one period, or at once
     * with {@code atOnce} (the account guard's first pass takes the snapshot later passes compare with).
     */
    public record Job(String name, Duration period, Runnable action, boolean atOnce) {
        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(action, "action");
        }

        public Job(String name, Duration period, Runnable action) {
            this(name, period, action, false);
        }
    }

    private final Votes votes;
    private final Clock clock;
    private final Consumer<RunnerEvent> log;
    private final AutoCloseable claim;
    private final VoteClock voteClock;
    private final Thread clockThread;
    private final QueueWatch watch;
    private final List<Work.Periodic> periodic = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private final Set<Long> reportedLocked = new HashSet<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private Work work;
    private boolean offline;
    private boolean stopped;

    private CurationRunner(Votes votes, Clock clock, Consumer<RunnerEvent> log, AutoCloseable claim) {
        this.votes = votes;
        this.clock = clock;
        this.log = log;
        this.claim = claim;
        this.voteClock = new VoteClock(votes, clock, VoteClock.realTime(clock), new ClockEvents());
        this.clockThread = new Thread(voteClock::run, "steemdesk-vote-clock");
        this.clockThread.setDaemon(true);
        this.watch = votes.watch(this::queueChanged);
    }

    /**
     * Claims the data folder and starts: the vote clock on a thread of its own, the queue watch, the trail of each
     * account every {@code trailPeriod}, and the {@code jobs}, on {@code work}'s threads (the runner closes it).
     *
     * @throws RunnerBusyException another runner sends from this data folder
     */
    public static CurationRunner start(Votes votes, Curation curation, List<AccountName> accounts,
                                       Duration trailPeriod, List<Job> jobs, Work work, Clock clock,
                                       Consumer<RunnerEvent> log) {
        Objects.requireNonNull(curation, "curation");
        AutoCloseable claim = votes.claimForRunner().orElseThrow(RunnerBusyException::new);
        CurationRunner runner = new CurationRunner(votes, clock, log, claim);
        List<Job> all = new ArrayList<>();
        all.add(new Job("queue-watch", WATCH_PERIOD, runner.watch::check));
        all.add(new Job("trail", trailPeriod, () -> accounts.forEach(a -> runner.runTrail(curation, a))));
        all.addAll(jobs);
        runner.begin(accounts, all, work);
        return runner;
    }

    private void begin(List<AccountName> accounts, List<Job> jobs, Work work) {
        this.work = work;
        List<VoteIntent> waiting = votes.waiting();
        waiting.forEach(i -> seen.add(i.id()));
        emit(new RunnerEvent.Started(clock.instant(), accounts, waiting.size()));
        clockThread.start();
        for (Job job : jobs) {
            // The trail's first run comes at once; the others after a period.
            Duration delay = job.name().equals("trail") || job.atOnce() ? Duration.ZERO : job.period();
            periodic.add(work.every(job.name(), delay, job.period(), () -> runReporting(job)));
        }
    }

    private void runReporting(Job job) {
        try {
            job.action().run();
        } catch (RuntimeException e) {
            emit(new RunnerEvent.JobFailed(clock.instant(), job.name(), String.valueOf(e.getMessage())));
        }
    }

    private void runTrail(Curation curation, AccountName account) {
        TrailReport report = curation.run(account);
        for (TrailReport.Action action : report.actions()) {
            // Its own line says the trail queued it: not reported again as a vote picked up from the queue.
            action.intentId().ifPresent(id -> {
                synchronized (this) {
                    seen.add(id);
                }
            });
            emit(new RunnerEvent.TrailDecision(clock.instant(), account, action));
        }
        if (report.count(TrailReport.Outcome.QUEUED) > 0) {
            queueChanged();
        }
    }

    /** A vote was added, cancelled or re-timed: report new ones and let the clock decide again. */
    private void queueChanged() {
        for (VoteIntent intent : votes.waiting()) {
            boolean fresh;
            synchronized (this) {
                fresh = seen.add(intent.id());
            }
            if (fresh) {
                emit(new RunnerEvent.VoteQueued(clock.instant(), intent));
            }
        }
        voteClock.wake();
    }

    private synchronized void emit(RunnerEvent event) {
        if (!stopped || event instanceof RunnerEvent.Stopped) {
            log.accept(event);
        }
    }

    /** Blocks until the runner is stopped (by {@link #close()} from another thread, e.g. a SIGTERM hook). */
    public void awaitStop() throws InterruptedException {
        clockThread.join();
    }

    /**
     * Stops: no new job runs, the vote clock stops after the step under way (a send in progress may finish within
     * {@link #STOP_GRACE}; if it does not, its signed transaction stays in the outbox and is re-sent, never re-signed,
     * next time), the runner lock is released.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        periodic.forEach(Work.Periodic::cancel);
        work.close();
        voteClock.close();
        boolean abandoned = false;
        try {
            clockThread.join(STOP_GRACE.toMillis());
            abandoned = clockThread.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = clockThread.isAlive();
        }
        watch.close();
        try {
            claim.close();
        } catch (Exception ignored) {
            // The OS drops the lock with the process anyway.
        }
        emit(new RunnerEvent.Stopped(clock.instant(), abandoned));
        synchronized (this) {
            stopped = true;
        }
    }

    /** What the vote clock reports, as events. */
    private final class ClockEvents implements VoteClock.Listener {
        @Override
        public void sent(FlushReport report) {
            if (report.offline() || report.busy()) {
                return;
            }
            if (offline) {
                offline = false;
                emit(new RunnerEvent.BackOnline(clock.instant()));
            }
            for (FlushReport.Outcome outcome : report.outcomes()) {
                Optional<VoteIntent> intent = votes.get(outcome.intentId());
                if (intent.isEmpty()) {
                    continue;
                }
                boolean repeat = outcome.kind() == FlushReport.Kind.KEY_LOCKED
                        && !reportedLocked.add(outcome.intentId());
                if (!repeat) {
                    emit(new RunnerEvent.VoteOutcome(clock.instant(), intent.get(), outcome.kind(), outcome.reason()));
                }
            }
        }

        @Override
        public void offline(Duration retryIn) {
            offline = true;
            emit(new RunnerEvent.Offline(clock.instant(), retryIn));
        }

        @Override
        public void failed(RuntimeException e) {
            emit(new RunnerEvent.JobFailed(clock.instant(), "votes", String.valueOf(e.getMessage())));
        }
    }
}
