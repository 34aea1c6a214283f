package org.steemdesk.app.wallet;

import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.KeyRole;

/** What the user asked the wallet to do, before it is checked against the chain and turned into operations. */
public sealed interface WalletRequest {

    /** The authority the operation needs: active for all but claiming rewards. */
    default KeyRole role() {
        return KeyRole.ACTIVE;
    }

    /** Sends liquid STEEM or SBD; a memo starting with {@code #} is encrypted to the recipient's memo key. */
    record Transfer(AccountName to, Asset amount, String memo) implements WalletRequest {
        public Transfer {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
        }
    }

    /** Turns liquid STEEM into Steem Power of {@code to} (which may be the acting account). */
    record PowerUp(AccountName to, Asset amount) implements WalletRequest {
        public PowerUp {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
            if (amount.symbol() != AssetSymbol.STEEM) {
                throw new IllegalArgumentException("power up takes STEEM, got " + amount);
            }
        }
    }

    /** Starts (or replaces) a power down of this much stake. */
    record PowerDown(StakeAmount amount) implements WalletRequest {
        public PowerDown {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Stops the running power down ({@code withdraw_vesting} of 0 VESTS). */
    record CancelPowerDown() implements WalletRequest {
    }

    /** Sets the delegation to {@code to} to exactly this much; zero removes it. */
    record Delegate(AccountName to, StakeAmount amount) implements WalletRequest {
        public Delegate {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Claims every pending reward, in the exact amounts the account shows. */
    record ClaimRewards() implements WalletRequest {
        @Override
        public KeyRole role() {
            return KeyRole.POSTING;
        }
    }

    record SavingsDeposit(AccountName to, Asset amount, String memo) implements WalletRequest {
        public SavingsDeposit {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
        }
    }

    /** A 3-day withdrawal from the acting account's savings to {@code to}; the request id is chosen when planning. */
    record SavingsWithdraw(AccountName to, Asset amount, String memo) implements WalletRequest {
        public SavingsWithdraw {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
        }
    }

    record SavingsCancel(long requestId) implements WalletRequest {
        public SavingsCancel {
            if (requestId < 0 || requestId > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("a savings request id is a uint32, got " + requestId);
            }
        }
    }

    private static void liquid(Asset amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.symbol() == AssetSymbol.VESTS) {
            throw new IllegalArgumentException("VESTS cannot be transferred, got " + amount);
        }
    }
}
