package org.steemdesk.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.ResourceCredits;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeHealth;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.RcAccount;
import org.steemdesk.ui.DesktopServices;
import org.steemdesk.ui.StatusModel;

/**
 * Feeds the status bar: asks the node pool for the head block every {@link #PERIOD} (which also refreshes its
 * health), then the current account's voting mana and RC, and counts the votes waiting in the queue. Runs off the
 * FX thread; the model changes on the UI executor.
 */
public final class StatusPoller implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private final DesktopServices services;
    private final StatusModel status;
    private volatile AccountName account;
    private ScheduledFuture<?> schedule;

    public StatusPoller(DesktopServices services, StatusModel status, VaultSession session) {
        this.services = Objects.requireNonNull(services, "services");
        this.status = Objects.requireNonNull(status, "status");
        this.account = session.currentAccountProperty().get();
        session.currentAccountProperty().addListener((obs, old, now) -> {
            account = now;
            services.background().supply(() -> {
                poll();
                return null;
            });
        });
    }

    public void start() {
        schedule = services.background().every(Duration.ZERO, PERIOD, this::poll);
    }

    /** One round; public so the status can be refreshed at once (e.g. after the node list is checked). */
    public void poll() {
        Instant now = services.clock().instant();
        Optional<DynamicGlobalProperties> head = fetch(() -> services.api().getDynamicGlobalProperties().send());
        Optional<String> node = head.flatMap(h -> lastAnswering(services.nodes().health()));
        Duration lag = head.map(h -> Duration.between(h.time(), now)).map(d -> d.isNegative() ? Duration.ZERO : d)
                .orElse(null);
        AccountName name = account;
        Double mana = null;
        Double rc = null;
        if (name != null && head.isPresent()) {
            mana = fetch(() -> services.accounts().account(name)).flatMap(a -> votingMana(a, now)).orElse(null);
            rc = fetch(() -> services.api().findRcAccounts(List.of(name)).send()).flatMap(list -> list.stream()
                    .findFirst()).map(r -> resourceCredits(r, now)).orElse(null);
        }
        int waiting = services.voteQueue().waiting().size();
        Double finalMana = mana;
        Double finalRc = rc;
        services.background().onUi(() -> {
            status.onlineProperty().set(head.isPresent());
            status.nodeProperty().set(node.orElse(null));
            status.headBlockLagProperty().set(lag);
            status.votingManaProperty().set(finalMana);
            status.resourceCreditsProperty().set(finalRc);
            status.queuedVotesProperty().set(waiting);
        });
    }

    private static Optional<String> lastAnswering(List<NodeHealth> health) {
        return health.stream().filter(h -> h.lastSuccess().isPresent())
                .max(Comparator.comparing(h -> h.lastSuccess().orElseThrow()))
                .map(h -> h.url().toString());
    }

    private static Optional<Double> votingMana(Account account, Instant now) {
        return account.votingManabar().map(bar -> {
            var stake = new AccountStake(account.vestingShares(), account.delegatedVestingShares(),
                    account.receivedVestingShares(), account.vestingWithdrawRate(), account.toWithdraw(),
                    account.withdrawn(), account.nextVestingWithdrawal().orElse(Instant.EPOCH));
            return StakeMath.votingManabar(stake, bar.currentMana(), Instant.ofEpochSecond(bar.lastUpdateTime()))
                    .at(now).percentBasisPoints() / 10_000.0;
        });
    }

    private static double resourceCredits(RcAccount rc, Instant now) {
        return ResourceCredits.percentBasisPoints(rc.maxRc(), rc.rcManabar().currentMana(),
                Instant.ofEpochSecond(rc.rcManabar().lastUpdateTime()), now) / 10_000.0;
    }

    private static <T> Optional<T> fetch(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RpcException | org.steemdesk.app.account.UnknownAccountException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }
}
