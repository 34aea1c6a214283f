package org.steemdesk.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.runner.CurationRunner;
import org.steemdesk.app.work.Work;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.ui.session.DesktopVoteClock;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;
import org.steemdesk.ui.wallet.GuardNotices;

/**
 * What the desktop app does on its own while it runs, each job on a thread of its own (so a slow node delays
 * neither a click nor another job): settling the outbox, the idle lock, sending due votes at their instant
 * ({@link DesktopVoteClock}), the curation trail, the opt-in automatic claim and the account guard (its new alerts
 * also as desktop notifications, {@link GuardNotices}). (The status bar's poll is
 * {@code StatusPoller}.)
 */
final class DesktopJobs implements AutoCloseable {
    static final Duration IDLE_CHECK = Duration.ofSeconds(5);
    /** How often opted-in automatic claiming looks at the current account's pending rewards. */
    static final Duration AUTO_CLAIM = Duration.ofMinutes(10);
    /** How often the curation trail looks for new posts: as the runner does, well inside the reverse auction. */
    static final Duration TRAIL_RUN = CurationRunner.TRAIL_PERIOD;
    /**
     * How often signed transactions whose outcome is unclear are sent again (or, once expired, looked up); the first
     * time at start, so what a killed run left is settled before the user acts again.
     */
    static final Duration OUTBOX_SETTLE = Duration.ofMinutes(1);
    /** How often the account guard compares the current account with its last snapshot (the wallet page shows it). */
    static final Duration GUARD_CHECK = Duration.ofMinutes(1);
    /**
     * How often the heap is collected in full, so that it shrinks back to what is live: the serial collector grows
     * the old generation on promotion and gives memory back only at a full collection, which an app idling for hours
     * may never reach (bench/soak: resident memory crept 206 -> 208 MB over 25 minutes while the live set stayed
     * flat; with full collections it stayed flat). One takes a few tens of milliseconds at this app's 50-60 MB live.
     */
    static final Duration HEAP_TRIM = Duration.ofMinutes(10);

    private final List<Work.Periodic> jobs = new ArrayList<>();
    private final DesktopVoteClock voteClock;

    DesktopJobs(AppContext app, Background background, VaultSession session, VoteDispatcher votes,
                StatusModel status, GuardNotices notices) {
        voteClock = new DesktopVoteClock(app.votes(), session, votes, status, background, app.clock());
        jobs.add(background.every("outbox-settle", Duration.ZERO, OUTBOX_SETTLE, app.outbox()::settle));
        jobs.add(background.every("idle-check", IDLE_CHECK, IDLE_CHECK, session::checkIdle));
        jobs.add(background.every("trail", TRAIL_RUN, TRAIL_RUN, () -> {
            var account = session.currentAccountProperty().get();
            // A curation runner on this data folder runs the trails itself.
            if (account != null && !voteClock.runnerActive()) {
                app.curation().run(account);
                votes.recount();
            }
        }));
        jobs.add(background.every("auto-claim", AUTO_CLAIM, AUTO_CLAIM, () -> {
            var account = session.currentAccountProperty().get();
            if (account != null && session.isUnlocked()) {
                try {
                    session.callUnlocked(() -> app.rewards().autoClaim(account));
                } catch (KeystoreException lockedMeanwhile) {
                    // Locked since the check: the next round looks again.
                }
            }
        }));
        jobs.add(background.every("account-guard", GUARD_CHECK, GUARD_CHECK, () -> {
            var account = session.currentAccountProperty().get();
            if (account != null) {
                try {
                    app.guard().check(account);
                } catch (NodeUnreachableException offline) {
                    // Nothing stored: the next pass compares again.
                }
                // Also what the wallet page's own pass stored since the last round.
                notices.afterPass(account);
            }
        }));
        jobs.add(background.every("heap-trim", HEAP_TRIM, HEAP_TRIM, System::gc));
        // Votes queued while locked go as soon as the user unlocks.
        session.stateProperty().addListener((obs, old, state) -> {
            if (state == VaultSession.State.UNLOCKED) {
                voteClock.wake();
            }
        });
    }

    @Override
    public void close() {
        jobs.forEach(Work.Periodic::cancel);
        voteClock.close();
    }
}
