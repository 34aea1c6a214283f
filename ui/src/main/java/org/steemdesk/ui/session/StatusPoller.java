package org.steemdesk.ui.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.app.account.AccountStatus;
import org.steemdesk.app.account.StatusReport;
import org.steemdesk.app.work.Work;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.StatusModel;

/**
 * Feeds the status bar from the app's {@link AccountStatus} every {@link #PERIOD} (head block, the current
 * account's voting mana and RC, waiting votes), on a thread of its own; the model changes on the UI executor.
 */
public final class StatusPoller implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private final AccountStatus accountStatus;
    private final Background background;
    private final StatusModel status;
    private volatile AccountName account;
    private Work.Periodic schedule;

    public StatusPoller(AccountStatus accountStatus, Background background, StatusModel status,
                        VaultSession session) {
        this.accountStatus = Objects.requireNonNull(accountStatus, "accountStatus");
        this.background = Objects.requireNonNull(background, "background");
        this.status = Objects.requireNonNull(status, "status");
        this.account = session.currentAccountProperty().get();
        session.currentAccountProperty().addListener((obs, old, now) -> {
            account = now;
            background.perform(this::poll);
        });
    }

    public void start() {
        schedule = background.every("status", Duration.ZERO, PERIOD, this::poll);
    }

    /** One round; public so the status can be refreshed at once (e.g. after the node list is checked). */
    public void poll() {
        StatusReport report = accountStatus.poll(Optional.ofNullable(account));
        background.onUi(() -> {
            status.onlineProperty().set(report.online());
            status.nodeProperty().set(report.node().map(Object::toString).orElse(null));
            status.headBlockLagProperty().set(report.headLag().orElse(null));
            status.votingManaProperty().set(share(report.votingManaBasisPoints()));
            status.resourceCreditsProperty().set(share(report.resourceCreditsBasisPoints()));
            status.queuedVotesProperty().set(report.queuedVotes());
        });
    }

    private static Double share(OptionalInt basisPoints) {
        return basisPoints.isPresent() ? basisPoints.getAsInt() / 10_000.0 : null;
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.cancel();
        }
    }
}
