package org.steemdesk.app.rewards;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.app.wallet.WalletService;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.keystore.vault.Vault;

/**
 * Opt-in automatic claiming, run by the desktop app while it is open: with {@link AutoClaimSettings} on, the
 * account's pending rewards over the threshold and a key that can sign unlocked on this machine, it claims them
 * through the wallet (so exactly once, like any claim). It never unlocks anything itself.
 */
public record AutoClaimer(WalletService wallet, OnChainAccounts accounts, SettingsStore settings) {
    /** What one run did: the policy's decision, and the claim's transaction id when it claimed. */
    public record Outcome(AutoClaimPolicy.Decision decision, Optional<String> txId) {
        public Outcome {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(txId, "txId");
        }
    }

    /** Decides for {@code account} now and claims when the policy says so; the wallet's errors propagate. */
    public Outcome run(AccountName account, Vault vault) {
        AutoClaimSettings rules = AutoClaimSettings.load(settings);
        if (!rules.enabled()) {
            return new Outcome(AutoClaimPolicy.Decision.DISABLED, Optional.empty());
        }
        Account onChain = accounts.account(account);
        // A claim is a posting operation; the wallet signs it with the active key when only that one is stored.
        boolean canSign = vault.isUnlocked() && vault.list(account).stream()
                .anyMatch(e -> e.role() == KeyRole.POSTING || e.role() == KeyRole.ACTIVE);
        AutoClaimPolicy.Decision decision = AutoClaimPolicy.decide(onChain, rules, canSign);
        if (!decision.claims()) {
            return new Outcome(decision, Optional.empty());
        }
        var plan = wallet.plan(account, new WalletRequest.ClaimRewards(), vault);
        return new Outcome(decision, Optional.of(wallet.execute(plan, vault).txId()));
    }
}
