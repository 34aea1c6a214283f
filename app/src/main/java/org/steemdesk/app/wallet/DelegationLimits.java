package org.steemdesk.app.wallet;

import java.util.Objects;
import java.util.function.Function;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * steemd's smallest delegation and smallest change to one since HF20: a new or remaining delegation of at least ten
 * account creation fees in VESTS divided by 30 (a third of a fee), a change of at least one fee in VESTS divided by 30,
 * both at the current price. The chain refuses less ("Account must delegate a minimum of …", "Steem Power increase is
 * not enough of a difference"); the planner refuses it first, saying the smallest amount that works.
 *
 * @param minDelegation the smallest delegation that may exist (0 removes one)
 * @param minChange     the smallest increase or decrease of an existing delegation, unless it is removed
 */
record DelegationLimits(Asset minDelegation, Asset minChange) {
    /** steemd's {@code STEEM_CREATE_ACCOUNT_WITH_STEEM_MODIFIER}, which divides both limits since HF20. */
    static final int MODIFIER = 30;

    DelegationLimits {
        Objects.requireNonNull(minDelegation, "minDelegation");
        Objects.requireNonNull(minChange, "minChange");
    }

    /** From the witnesses' median account creation fee (in STEEM) and the vesting price. */
    static DelegationLimits of(Asset accountCreationFee, VestingPrice price) {
        Asset tenFees = price.toVests(Asset.of(Math.multiplyExact(accountCreationFee.amount(), 10), AssetSymbol.STEEM));
        Asset oneFee = price.toVests(accountCreationFee);
        return new DelegationLimits(Asset.of(tenFees.amount() / MODIFIER, AssetSymbol.VESTS),
                Asset.of(oneFee.amount() / MODIFIER, AssetSymbol.VESTS));
    }

    /**
     * @param sp how VESTS read as Steem Power in a message
     * @throws WalletException INVALID_AMOUNT: the chain would refuse this delegation for its size
     */
    void check(Asset current, Asset wanted, Function<Asset, String> sp) {
        if (wanted.isZero()) {
            return;
        }
        if (current.isZero() && wanted.compareTo(minDelegation) < 0) {
            throw refuse("a new delegation must be at least " + both(minDelegation, sp) + ", not " + both(wanted, sp));
        }
        Asset change = wanted.compareTo(current) >= 0 ? wanted.minus(current) : current.minus(wanted);
        if (!current.isZero() && change.compareTo(minChange) < 0) {
            throw refuse("a delegation changes by at least " + both(minChange, sp) + ", not by " + both(change, sp));
        }
        if (!current.isZero() && wanted.compareTo(minDelegation) < 0) {
            throw refuse("a delegation must keep at least " + both(minDelegation, sp) + ", or be removed with 0");
        }
    }

    private static String both(Asset vests, Function<Asset, String> sp) {
        return sp.apply(vests) + " (" + vests + ")";
    }

    private static WalletException refuse(String message) {
        return new WalletException(Reason.INVALID_AMOUNT, message + "; nothing was signed");
    }
}
