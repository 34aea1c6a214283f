package org.steemdesk.app.wallet;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.KeyRole;

/** What the user asked the wallet to do, before it is checked against the chain and turned into operations. */
public sealed interface WalletRequest {

    /** The authority the operation needs: active for most, posting to claim, owner for the account's keys. */
    default KeyRole role() {
        return KeyRole.ACTIVE;
    }

    /**
     * Sends liquid STEEM or SBD; a memo starting with {@code #} is encrypted to the recipient's memo key.
     *
     * @param confirmedRecipient the recipient's name typed again by the user, which lets a transfer go to a name
     *                           that looks like another account or is on the list of phishing names
     */
    record Transfer(AccountName to, Asset amount, String memo,
            @NotInRequestKey Optional<AccountName> confirmedRecipient) implements WalletRequest {
        public Transfer {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
            Objects.requireNonNull(confirmedRecipient, "confirmedRecipient");
        }

        public Transfer(AccountName to, Asset amount, String memo) {
            this(to, amount, memo, Optional.empty());
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

    /** Moves liquid STEEM or SBD into the savings of {@code to}; see {@link Transfer} for the confirmation. */
    record SavingsDeposit(AccountName to, Asset amount, String memo,
            @NotInRequestKey Optional<AccountName> confirmedRecipient) implements WalletRequest {
        public SavingsDeposit {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
            Objects.requireNonNull(confirmedRecipient, "confirmedRecipient");
        }

        public SavingsDeposit(AccountName to, Asset amount, String memo) {
            this(to, amount, memo, Optional.empty());
        }
    }

    /**
     * A 3-day withdrawal from the acting account's savings to {@code to}; the request id is chosen when planning.
     * See {@link Transfer} for the confirmation.
     */
    record SavingsWithdraw(AccountName to, Asset amount, String memo,
            @NotInRequestKey Optional<AccountName> confirmedRecipient) implements WalletRequest {
        public SavingsWithdraw {
            Objects.requireNonNull(to, "to");
            liquid(amount);
            memo = Objects.requireNonNullElse(memo, "");
            Objects.requireNonNull(confirmedRecipient, "confirmedRecipient");
        }

        public SavingsWithdraw(AccountName to, Asset amount, String memo) {
            this(to, amount, memo, Optional.empty());
        }
    }

    record SavingsCancel(long requestId) implements WalletRequest {
        public SavingsCancel {
            if (requestId < 0 || requestId > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("a savings request id is a uint32, got " + requestId);
            }
        }
    }

    /** Converts SBD to STEEM at the median price, paid after the chain's conversion delay (3.5 days). */
    record Convert(Asset amount) implements WalletRequest {
        public Convert {
            Objects.requireNonNull(amount, "amount");
            if (amount.symbol() != AssetSymbol.SBD) {
                throw new IllegalArgumentException("only SBD converts to STEEM, got " + amount);
            }
        }
    }

    /** Votes for a witness, or removes the vote ({@code approve} false). */
    record WitnessVote(AccountName witness, boolean approve) implements WalletRequest {
        public WitnessVote {
            Objects.requireNonNull(witness, "witness");
        }
    }

    /** Lets {@code proxy} vote for witnesses in the account's name; empty clears the proxy. */
    record WitnessProxy(Optional<AccountName> proxy) implements WalletRequest {
        public WitnessProxy {
            Objects.requireNonNull(proxy, "proxy");
        }
    }

    /**
     * Sends {@code percent} (hundredths of a percent) of every power-down payment to {@code to}, as STEEM or as Steem
     * Power ({@code autoVest}); 0 removes the route.
     */
    record WithdrawRoute(AccountName to, int percent, boolean autoVest) implements WalletRequest {
        public WithdrawRoute {
            Objects.requireNonNull(to, "to");
            if (percent < 0 || percent > 0xFFFF) {
                throw new IllegalArgumentException("a route's percent is a uint16 of hundredths, got " + percent);
            }
        }
    }

    /**
     * Names a new recovery account (effective after the chain's 30 days); naming the current one cancels a pending
     * change. Signed with the owner key from the master password, never a stored key.
     */
    record ChangeRecoveryAccount(AccountName newRecoveryAccount) implements WalletRequest {
        public ChangeRecoveryAccount {
            Objects.requireNonNull(newRecoveryAccount, "newRecoveryAccount");
        }

        @Override
        public KeyRole role() {
            return KeyRole.OWNER;
        }
    }

    /**
     * Replaces the owner, active, posting and memo keys by those of a new master password (the Steemit "change
     * password"); signed with the current owner key. Built by {@code KeyRotation}, which holds the new keys.
     */
    record RotateKeys(Map<KeyRole, PublicKey> newKeys) implements WalletRequest {
        public RotateKeys {
            newKeys = Map.copyOf(newKeys);
            if (newKeys.size() != KeyRole.values().length) {
                throw new IllegalArgumentException("a password change sets all four keys, got " + newKeys.keySet());
            }
        }

        @Override
        public KeyRole role() {
            return KeyRole.OWNER;
        }
    }

    private static void liquid(Asset amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.symbol() == AssetSymbol.VESTS) {
            throw new IllegalArgumentException("VESTS cannot be transferred, got " + amount);
        }
    }
}
