package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** A reward paid in the chain's three parts: liquid STEEM, SBD and VESTS (Steem Power). */
public record RewardAmounts(Asset steem, Asset sbd, Asset vests) {

    public static final RewardAmounts ZERO = new RewardAmounts(Asset.zero(AssetSymbol.STEEM),
            Asset.zero(AssetSymbol.SBD), Asset.zero(AssetSymbol.VESTS));

    public RewardAmounts {
        Objects.requireNonNull(steem, "steem");
        Objects.requireNonNull(sbd, "sbd");
        Objects.requireNonNull(vests, "vests");
        if (steem.symbol() != AssetSymbol.STEEM || sbd.symbol() != AssetSymbol.SBD
                || vests.symbol() != AssetSymbol.VESTS) {
            throw new IllegalArgumentException("reward amounts are STEEM, SBD and VESTS, got " + steem + ", " + sbd
                    + ", " + vests);
        }
    }

    public RewardAmounts plus(RewardAmounts o) {
        return new RewardAmounts(steem.plus(o.steem), sbd.plus(o.sbd), vests.plus(o.vests));
    }

    /** The VESTS part in Steem Power (as STEEM) at the given vesting price. */
    public Asset sp(VestingPrice price) {
        return price.toSteem(vests);
    }

    public boolean isZero() {
        return steem.isZero() && sbd.isZero() && vests.isZero();
    }
}
