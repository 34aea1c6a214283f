package org.steemdesk.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.runner.CurationRunner;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.QueueWatch;
import org.steemdesk.app.vote.VoteClock;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.work.Work;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.StatusModel;

/**
 * The desktop's sending of due votes: the app's {@link VoteClock} on a thread of its own, waking at the next vote's
 * due instant instead of polling. It sends only while the vault is unlocked (an unlock wakes it) and leaves sending
 * to a curation runner that serves the same data folder (the status bar says so). A queue watch wakes it when a vote
 * is recorded, cancelled or changed, here or by another process. The FX thread is never used but to update the
 * status bar.
 */
public final class DesktopVoteClock implements AutoCloseable {
    /** How often it looks whether a curation runner started or stopped on this data folder. */
    static final Duration RUNNER_CHECK = Duration.ofSeconds(5);

    private final Votes votes;
    private final VaultSession session;
    private final VoteDispatcher dispatcher;
    private final StatusModel status;
    private final Background background;
    private final VoteClock clock;
    private final Thread thread;
    private final List<Work.Periodic> jobs;
    /** Opened by the watch job on its own thread: cache.db is never touched on the FX thread. */
    private QueueWatch watch;
    private volatile boolean runnerActive;

    public DesktopVoteClock(Votes votes, VaultSession session, VoteDispatcher dispatcher, StatusModel status,
                            Background background, Clock time) {
        this.votes = votes;
        this.session = session;
        this.dispatcher = dispatcher;
        this.status = status;
        this.background = background;
        this.clock = new VoteClock(new UnlockedVotes(), time, VoteClock.realTime(time), new Recount());
        this.jobs = List.of(
                background.every("queue-watch", CurationRunner.WATCH_PERIOD, CurationRunner.WATCH_PERIOD,
                        this::watchQueue),
                background.every("runner-check", Duration.ZERO, RUNNER_CHECK, this::checkRunner));
        this.thread = new Thread(clock::run, "steemdesk-vote-clock");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something changed that may let a vote go (the vault was unlocked, a vote recorded): decide again now. */
    public void wake() {
        clock.wake();
    }

    /** Whether a curation runner sends from this data folder now (this window leaves sending to it). */
    public boolean runnerActive() {
        return runnerActive;
    }

    private synchronized void watchQueue() {
        if (watch == null) {
            watch = votes.watch(this::queueChanged);
        }
        watch.check();
    }

    private void queueChanged() {
        dispatcher.recount();
        clock.wake();
    }

    private void checkRunner() {
        boolean active = votes.runnerElsewhere();
        if (active != runnerActive) {
            runnerActive = active;
            background.onUi(() -> status.runnerActiveProperty().set(active));
            clock.wake();
        }
    }

    @Override
    public void close() {
        jobs.forEach(Work.Periodic::cancel);
        clock.close();
        try {
            thread.join(CurationRunner.STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (watch != null) {
                watch.close();
            }
        }
    }

    /** The app's votes as long as this window may send them: vault unlocked, no runner on the folder. */
    private final class UnlockedVotes implements VoteClock.Target {
        @Override
        public Optional<Instant> nextDue() {
            return session.isUnlocked() && !runnerActive ? votes.nextDue() : Optional.empty();
        }

        @Override
        public Optional<Instant> nextProbe(Duration precision) {
            return votes.nextProbe(precision);
        }

        @Override
        public void probe() throws NodeUnreachableException {
            votes.probe();
        }

        @Override
        public void prepare(Instant dueBy) throws NodeUnreachableException {
            votes.prepare(dueBy);
        }

        @Override
        public FlushReport flushDue() {
            try {
                return session.callUnlocked(votes::flushDue);
            } catch (KeystoreException lockedMeanwhile) {
                // Locked between the check and the send: the votes wait for the next unlock, which wakes the clock.
                return new FlushReport(List.of(), false, false);
            }
        }
    }

    /** After each send the status bar's badge is recounted. */
    private final class Recount implements VoteClock.Listener {
        @Override
        public void sent(FlushReport report) {
            dispatcher.recount();
        }

        @Override
        public void busy() {
            checkRunner();
        }
    }
}
