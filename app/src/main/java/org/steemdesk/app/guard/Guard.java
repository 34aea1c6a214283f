package org.steemdesk.app.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.account.UnknownAccountException;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.wallet.ChainLimits;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.Account;

/**
 * The account guard: on every pass it compares the account's state on chain with the last snapshot in
 * {@code cache.db} (keys and owner history, recovery account and a pending change of it, power-down routes, a
 * power down started or changed, the witness proxy) and reads the history since (transfers, savings withdrawals and
 * delegations leaving the account, from the thresholds the user set). Every change is an alert, stored with its
 * time and marked as the user's own when its transaction is in Steemdesk's outbox; each carries its remedy. The
 * first pass on an account only takes the snapshot. A job-like use case: the desktop's status poll, {@code steemdesk
 * watch} and {@code steemdesk curate} call {@link #check} with their own timing. For background threads.
 */
public record Guard(Supplier<CondenserApi> api, Supplier<CacheDatabase> db, Clock clock) {
    private static final String STEEM = "guard.threshold.steem";
    private static final String SBD = "guard.threshold.sbd";
    private static final String SP = "guard.threshold.sp";

    /**
     * One pass over the account: its alerts (already stored), or on the first pass only the snapshot.
     *
     * @throws UnknownAccountException when the chain has no such account (nothing stored)
     * @throws NodeUnreachableException when no node answered (nothing stored; the next pass compares again)
     */
    public GuardReport check(AccountName account) throws NodeUnreachableException {
        GuardStore store = new GuardStore(db.get());
        Instant at = clock.instant();
        try {
            Account current = api.get().getAccounts(List.of(account)).send().stream()
                    .filter(a -> a.name().equals(account)).findFirst()
                    .orElseThrow(() -> new UnknownAccountException(account));
            Optional<GuardSnapshot> last = store.snapshot(account);
            ChainWatch.Observation now = new ChainWatch(api.get()).observe(current,
                    last.map(GuardSnapshot::historyIndex).orElse(Long.MAX_VALUE));
            if (last.isEmpty()) {
                store.record(account, now.snapshot(), List.of(), at);
                return new GuardReport(account, at, true, List.of());
            }
            Outbox outbox = new Outbox(db.get());
            List<GuardAlert> alerts = new SnapshotDiff(account, last.get(), now, thresholds(),
                    tx -> outbox.byTxId(tx).isPresent(), at).alerts();
            return new GuardReport(account, at, false, store.record(account, now.snapshot(), alerts, at));
        } catch (RpcException e) {
            if (!e.isTransient()) {
                throw e;
            }
            throw new NodeUnreachableException("no node answered the account guard's reads", e);
        }
    }

    /** The account's stored alerts, newest first. */
    public List<GuardAlert> alerts(AccountName account, int limit) {
        return new GuardStore(db.get()).alerts(account, limit);
    }

    /** From which amounts outgoing transfers and delegations are alerts. */
    public GuardThresholds thresholds() {
        SettingsStore settings = new SettingsStore(db.get());
        GuardThresholds all = GuardThresholds.everything();
        return new GuardThresholds(settings.get(STEEM).map(Asset::parse).orElse(all.steem()),
                settings.get(SBD).map(Asset::parse).orElse(all.sbd()),
                settings.get(SP).map(Asset::parse).orElse(all.sp()));
    }

    public void setThresholds(GuardThresholds thresholds) {
        SettingsStore settings = new SettingsStore(db.get());
        settings.put(STEEM, thresholds.steem().toString());
        settings.put(SBD, thresholds.sbd().toString());
        settings.put(SP, thresholds.sp().toString());
    }

    /** How often a watching door passes: one block interval, read from the node. */
    public Duration interval() throws NodeUnreachableException {
        try {
            return ChainLimits.of(api.get().getConfig().send()).blockInterval();
        } catch (RpcException e) {
            if (!e.isTransient()) {
                throw e;
            }
            throw new NodeUnreachableException("no node answered get_config", e);
        }
    }
}
