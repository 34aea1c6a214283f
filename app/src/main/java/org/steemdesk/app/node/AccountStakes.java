package org.steemdesk.app.node;

import java.time.Instant;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.chain.rpc.model.Account;

/** Reads the stake and voting manabar out of a {@code get_accounts} row. */
public final class AccountStakes {
    /** What condenser prints for "no power down" ({@code time_point_sec::maximum()}). */
    private static final Instant NO_POWER_DOWN = Instant.parse("1969-12-31T23:59:59Z");

    private AccountStakes() {
    }

    public static AccountStake stake(Account a) {
        return new AccountStake(a.vestingShares(), a.delegatedVestingShares(), a.receivedVestingShares(),
                a.vestingWithdrawRate(), a.toWithdraw(), a.withdrawn(), a.nextVestingWithdrawal().orElse(NO_POWER_DOWN));
    }

    /**
     * The voting manabar at its last update. Before HF20 nodes sent only {@code voting_power} (basis points at the
     * last vote); that is turned into a manabar of the same shape so the regeneration rule applies unchanged.
     */
    public static Manabar votingManabar(Account a) {
        AccountStake stake = stake(a);
        if (a.votingManabar().isPresent()) {
            var bar = a.votingManabar().get();
            return StakeMath.votingManabar(stake, bar.currentMana(), Instant.ofEpochSecond(bar.lastUpdateTime()));
        }
        long max = Math.max(0, StakeMath.effectiveVestingShares(stake).amount());
        long current = java.math.BigInteger.valueOf(max).multiply(java.math.BigInteger.valueOf(a.votingPower()))
                .divide(java.math.BigInteger.valueOf(10_000)).longValueExact();
        return StakeMath.votingManabar(stake, current, a.lastVoteTime().orElse(Instant.EPOCH));
    }
}
