package org.steemdesk.app.rewards;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.wallet.WalletService;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The rewards use case: analytics over the cached history (per period, per vote) and the opt-in automatic claim.
 * For background threads.
 */
public record Rewards(Supplier<CacheDatabase> db, Supplier<WalletService> wallet, Supplier<OnChainAccounts> accounts,
                      Keys keys, Clock clock) {

    /**
     * The account's curation analytics now, from the local cache only: per vote (efficiency against the estimate made
     * when it was sent), per {@code period} (with the curation APR on the stake) and the last 7 days, 30 days and all
     * time. Plain records, for the CLI and a chart page.
     */
    public CurationSummary curationSummary(AccountName account, RewardPeriod period) {
        return analytics().summary(account, period, clock.instant());
    }

    public RewardAnalytics analytics() {
        CacheDatabase cache = db.get();
        return new RewardAnalytics(new HistoryCache(cache), new ChainObjectCache(cache),
                new VoteQueue(cache, new Outbox(cache)), new VoteRecords(cache), SteemJson.mapper(),
                Optional.of(new AccountCache(cache)));
    }

    public AutoClaimSettings autoClaimRules() {
        return AutoClaimSettings.load(new SettingsStore(db.get()));
    }

    public void saveAutoClaimRules(AutoClaimSettings rules) {
        rules.save(new SettingsStore(db.get()));
    }

    /**
     * Claims the account's pending rewards when the user opted in and they are over the thresholds, with the keys
     * unlocked here; the wallet's errors propagate.
     *
     * @throws org.steemdesk.keystore.KeystoreException VAULT_MISSING or VAULT_LOCKED
     */
    public AutoClaimer.Outcome autoClaim(AccountName account) {
        var claimer = new AutoClaimer(wallet.get(), accounts.get(), new SettingsStore(db.get()));
        return claimer.run(account, keys.unlockedVault());
    }
}
