package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.chain.rpc.model.Account;

/**
 * Decides whether to claim an account's pending rewards now. It only decides; the claim itself (a
 * {@code claim_reward_balance} of the exact pending amounts through the outbox) is the wallet's job.
 */
public final class AutoClaimPolicy {

    private AutoClaimPolicy() {
    }

    public enum Decision {
        CLAIM,
        DISABLED,
        /** Nothing is signed without a key the user unlocked on this machine. */
        KEY_LOCKED,
        NOTHING_PENDING,
        BELOW_THRESHOLD;

        public boolean claims() {
            return this == CLAIM;
        }
    }

    /** {@code postingKeyUnlocked}: whether the vault holds the account's posting key and it is unlocked now. */
    public static Decision decide(Account account, AutoClaimSettings settings, boolean postingKeyUnlocked) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(settings, "settings");
        if (!settings.enabled()) {
            return Decision.DISABLED;
        }
        boolean nothing = account.rewardSteemBalance().isZero() && account.rewardSbdBalance().isZero()
                && account.rewardVestingBalance().isZero();
        if (nothing) {
            return Decision.NOTHING_PENDING;
        }
        if (!postingKeyUnlocked) {
            return Decision.KEY_LOCKED;
        }
        // reward_vesting_steem is the chain's own STEEM value of the pending VESTS, fixed when they were paid.
        // A zero threshold means "claim whatever is pending".
        boolean steemReached = account.rewardSteemBalance().plus(account.rewardVestingSteem())
                .compareTo(settings.steemThreshold()) >= 0;
        boolean sbdReached = account.rewardSbdBalance().compareTo(settings.sbdThreshold()) >= 0;
        return steemReached || sbdReached ? Decision.CLAIM : Decision.BELOW_THRESHOLD;
    }

    public static boolean shouldClaim(Account account, AutoClaimSettings settings, boolean postingKeyUnlocked) {
        return decide(account, settings, postingKeyUnlocked).claims();
    }
}
