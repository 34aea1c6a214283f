package org.steemdesk.app.wallet;

import java.util.Objects;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * An amount of stake as the user entered it: Steem Power (held as a STEEM-precision amount) or raw VESTS. The chain
 * only knows VESTS, so SP is converted with the current global properties when the operation is planned.
 */
public record StakeAmount(Asset amount) {

    public StakeAmount {
        Objects.requireNonNull(amount, "amount");
        if (amount.symbol() == AssetSymbol.SBD) {
            throw new IllegalArgumentException("stake is SP or VESTS, not SBD");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("stake cannot be negative: " + amount);
        }
    }

    public static StakeAmount sp(Asset steem) {
        return new StakeAmount(steem);
    }

    public static StakeAmount vests(Asset vests) {
        return new StakeAmount(vests);
    }

    public boolean inSteemPower() {
        return amount.symbol() == AssetSymbol.STEEM;
    }

    public boolean isZero() {
        return amount.isZero();
    }

    /** The VESTS the chain will see: SP converted at the current price (rounded down), VESTS as they are. */
    public Asset toVests(VestingPrice price) {
        return inSteemPower() ? price.toVests(amount) : amount;
    }

    /** {@code "10.000 SP"} or {@code "20000.000000 VESTS"}. */
    @Override
    public String toString() {
        return inSteemPower() ? amount.toDecimal().toPlainString() + " SP" : amount.toString();
    }
}
