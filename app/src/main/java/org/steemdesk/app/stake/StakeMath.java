package org.steemdesk.app.stake;

import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** What a stake is worth for voting, delegating and powering down, by steemd's rules. */
public final class StakeMath {

    private StakeMath() {
    }

    /**
     * steemd {@code util::get_effective_vesting_shares} (libraries/chain/include/steem/chain/util/manabar.hpp
     * users, account_object.hpp): own + received − delegated, minus this week's power-down instalment
     * ({@code min(vesting_withdraw_rate, to_withdraw − withdrawn)}) while a power down runs. This is the voting
     * manabar's maximum.
     */
    public static Asset effectiveVestingShares(AccountStake s) {
        long effective = Math.subtractExact(
                Math.addExact(s.vestingShares().amount(), s.receivedVestingShares().amount()),
                s.delegatedVestingShares().amount());
        if (s.poweringDown()) {
            effective -= Math.min(s.vestingWithdrawRate().amount(), s.toWithdraw() - s.withdrawn());
        }
        return Asset.of(effective, AssetSymbol.VESTS);
    }

    /**
     * VESTS that can still be delegated: steemd {@code delegate_vesting_shares_evaluator} takes
     * {@code vesting_shares − delegated_vesting_shares − (to_withdraw − withdrawn)}; received delegations cannot
     * be passed on.
     */
    public static Asset delegatableVestingShares(AccountStake s) {
        long available = s.vestingShares().amount() - s.delegatedVestingShares().amount() - s.remainingPowerDown();
        return Asset.of(Math.max(0, available), AssetSymbol.VESTS);
    }

    /**
     * VESTS a new power down may cover: steemd {@code withdraw_vesting_evaluator} requires
     * {@code vesting_shares − delegated_vesting_shares >= requested} (a new power down replaces the running one).
     */
    public static Asset withdrawableVestingShares(AccountStake s) {
        long available = s.vestingShares().amount() - s.delegatedVestingShares().amount();
        return Asset.of(Math.max(0, available), AssetSymbol.VESTS);
    }

    /** The voting manabar at its last update, with max mana = effective vesting shares. */
    public static Manabar votingManabar(AccountStake s, long currentMana, java.time.Instant lastUpdate) {
        return new Manabar(Math.max(0, effectiveVestingShares(s).amount()), currentMana, lastUpdate,
                Manabar.STEEM_REGENERATION_SECONDS);
    }
}
