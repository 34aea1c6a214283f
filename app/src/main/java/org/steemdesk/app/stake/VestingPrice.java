package org.steemdesk.app.stake;

import java.math.BigInteger;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The SP↔VESTS rate from dynamic global properties. steemd converts with {@code get_vesting_share_price()}
 * (base {@code total_vesting_shares}, quote {@code total_vesting_fund_steem}) in 128-bit integers rounded down;
 * "Steem Power" is the STEEM value of VESTS at that rate.
 */
public record VestingPrice(Asset totalVestingFundSteem, Asset totalVestingShares) {

    public VestingPrice {
        if (totalVestingFundSteem.symbol() != AssetSymbol.STEEM || totalVestingShares.symbol() != AssetSymbol.VESTS) {
            throw new IllegalArgumentException("vesting price needs STEEM and VESTS totals");
        }
        if (totalVestingFundSteem.amount() <= 0 || totalVestingShares.amount() <= 0) {
            throw new IllegalArgumentException("vesting totals must be positive");
        }
    }

    /** The SP value of {@code vests}, rounded down. */
    public Asset toSteem(Asset vests) {
        require(vests, AssetSymbol.VESTS);
        return Asset.of(mulDiv(vests.amount(), totalVestingFundSteem.amount(), totalVestingShares.amount()),
                AssetSymbol.STEEM);
    }

    /** The VESTS that {@code steem} buys (power up) or stands for (delegation entered in SP), rounded down. */
    public Asset toVests(Asset steem) {
        require(steem, AssetSymbol.STEEM);
        return Asset.of(mulDiv(steem.amount(), totalVestingShares.amount(), totalVestingFundSteem.amount()),
                AssetSymbol.VESTS);
    }

    static long mulDiv(long a, long b, long c) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    private static void require(Asset a, AssetSymbol symbol) {
        if (a.symbol() != symbol) {
            throw new IllegalArgumentException("expected " + symbol + ", got " + a);
        }
    }
}
