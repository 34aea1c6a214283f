package org.steemdesk.app.stake;

import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The vesting fields of an account object that the stake math needs, all in VESTS.
 * {@code toWithdraw} and {@code withdrawn} are raw VESTS units (condenser prints them as bare integers).
 */
public record AccountStake(Asset vestingShares, Asset delegatedVestingShares, Asset receivedVestingShares,
                           Asset vestingWithdrawRate, long toWithdraw, long withdrawn,
                           Instant nextVestingWithdrawal) {

    public AccountStake {
        for (Asset a : new Asset[] {vestingShares, delegatedVestingShares, receivedVestingShares, vestingWithdrawRate}) {
            Objects.requireNonNull(a, "vesting amounts");
            if (a.symbol() != AssetSymbol.VESTS) {
                throw new IllegalArgumentException("expected VESTS, got " + a);
            }
        }
        Objects.requireNonNull(nextVestingWithdrawal, "nextVestingWithdrawal");
    }

    /**
     * steemd marks "no power down" with {@code time_point_sec::maximum()}, which condenser prints as
     * {@code 1969-12-31T23:59:59} (0xFFFFFFFF read as a signed -1); a real date means a power down is running.
     */
    public boolean poweringDown() {
        long t = nextVestingWithdrawal.getEpochSecond();
        return t > 0 && t < 0xFFFF_FFFFL;
    }

    /** VESTS still to be paid out by the running power down. */
    public long remainingPowerDown() {
        return poweringDown() ? Math.max(0, toWithdraw - withdrawn) : 0;
    }
}
