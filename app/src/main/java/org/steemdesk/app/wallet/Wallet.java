package org.steemdesk.app.wallet;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The wallet use case as the doors use it: {@link #plan} checks a request and says exactly what will be signed
 * (for the confirmation sheet or the CLI's preview), {@link #execute} signs that plan once with the keys unlocked in
 * {@link Keys} and delivers it exactly once, {@link #outbox} lists what may still land. New wallet operations are a
 * {@link WalletRequest} case planned by {@link WalletPlanner}; nothing changes here. For background threads.
 */
public final class Wallet {
    private final Supplier<WalletService> service;
    private final Supplier<CacheDatabase> db;
    private final Keys keys;

    public Wallet(Supplier<WalletService> service, Supplier<CacheDatabase> db, Keys keys) {
        this.service = Objects.requireNonNull(service, "service");
        this.db = Objects.requireNonNull(db, "db");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * @throws WalletException why it cannot work; nothing was signed or sent
     * @throws org.steemdesk.keystore.KeystoreException VAULT_MISSING or VAULT_LOCKED
     */
    public WalletPlan plan(AccountName account, WalletRequest request) {
        return plan(account, request, Reporting.ON_RETURN);
    }

    /**
     * Settles the outbox first; an operation equal to one still unsettled, or landed without the user being told,
     * is refused (PENDING, SENT_EARLIER) rather than signed again.
     *
     * @param reporting who tells the user the outcome (see {@link Reporting})
     */
    public WalletPlan plan(AccountName account, WalletRequest request, Reporting reporting) {
        return service.get().plan(account, request, keys.unlockedVault(), reporting);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan) {
        return execute(plan, Reporting.ON_RETURN);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan, Reporting reporting) {
        return service.get().execute(plan, keys.unlockedVault(), reporting);
    }

    /** Signed transactions that may still land (queued, or sent with an unclear outcome), oldest first. */
    public List<OutboxEntry> outbox() {
        return new Outbox(db.get()).open();
    }
}
