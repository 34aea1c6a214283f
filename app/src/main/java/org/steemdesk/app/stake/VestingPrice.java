package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.util.Optional;
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

    /**
     * The STEEM (SP) amount that buys exactly these VESTS at this price, if one does: what the user typed when they
     * delegated or powered up "10.000 SP". Both directions round down, so 10.000 SP → VESTS → SP reads 9.999; the
     * smallest amount whose VESTS are at least these is the only candidate (one thousandth of a STEEM buys well over
     * one millionth of a VESTS). Empty when none maps to them: the price moved since, or the VESTS were typed.
     */
    public Optional<Asset> steemBuying(Asset vests) {
        require(vests, AssetSymbol.VESTS);
        BigInteger[] qr = BigInteger.valueOf(vests.amount()).multiply(BigInteger.valueOf(totalVestingFundSteem.amount()))
                .divideAndRemainder(BigInteger.valueOf(totalVestingShares.amount()));
        long candidate = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        Asset steem = Asset.of(candidate, AssetSymbol.STEEM);
        return toVests(steem).equals(vests) ? Optional.of(steem) : Optional.empty();
    }

    /** The SP shown for these VESTS: the amount that buys exactly them where there is one, else their value. */
    public Asset steemShown(Asset vests) {
        return steemBuying(vests).orElseGet(() -> toSteem(vests));
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
