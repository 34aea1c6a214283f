package org.steemdesk.app.wallet;

import java.util.List;
import java.util.function.Supplier;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.vault.Vault;

/**
 * The wallet use case as the doors use it: {@link #plan} checks a request and says exactly what will be signed
 * (for the confirmation sheet or the CLI's preview), {@link #execute} signs that plan once with the keys unlocked in
 * {@link Keys} and delivers it exactly once, {@link #outbox} lists what may still land. New wallet operations are a
 * {@link WalletRequest} case planned by {@link WalletPlanner}; nothing changes here. For background threads.
 */
public record Wallet(Supplier<WalletService> service, Supplier<CacheDatabase> db, Keys keys) {

    /**
     * A plan of what will be signed. Owner-key requests (recovery account, password change) need no vault: their
     * key comes from the master password when they are executed.
     *
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
        Vault vault = request.role() == KeyRole.OWNER ? null : keys.unlockedVault();
        return service.get().plan(account, request, vault, reporting);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan) {
        return execute(plan, Reporting.ON_RETURN);
    }

    /** @throws WalletException see {@link WalletExecutor#execute} */
    public WalletReceipt execute(WalletPlan plan, Reporting reporting) {
        if (plan.signingRole() == KeyRole.OWNER) {
            throw new IllegalArgumentException("an owner-key plan is signed with the master password");
        }
        return service.get().execute(plan, keys.unlockedVault(), reporting);
    }

    /**
     * Signs an owner-key plan (recovery account) with the owner key derived from the master password at this moment,
     * checked against the chain, used once and wiped; it never enters the vault. The password is wiped.
     *
     * @throws WalletException WRONG_MASTER_PASSWORD (nothing signed), and as {@link #execute}
     */
    public WalletReceipt executeWithMasterPassword(WalletPlan plan, char[] masterPassword) {
        return service.get().executeWithMasterPassword(plan, masterPassword, WalletExecutor.BeforeSending.NOTHING);
    }

    /** Signed transactions that may still land (queued, or sent with an unclear outcome), oldest first. */
    public List<OutboxEntry> outbox() {
        return new Outbox(db.get()).open();
    }
}
