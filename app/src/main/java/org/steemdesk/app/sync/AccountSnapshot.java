package org.steemdesk.app.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.app.node.AccountStakes;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.ResourceCredits;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.RcAccount;

/**
 * An account as last fetched, with the global properties of the same moment (to turn VESTS into STEEM Power) and its
 * resource credits when the node has {@code rc_api}. Mana and RC regenerate, so they are computed for a given time.
 */
public record AccountSnapshot(Account account, DynamicGlobalProperties globals, Optional<RcAccount> rc) {
    public AccountSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(globals, "globals");
        Objects.requireNonNull(rc, "rc");
    }

    public VestingPrice vestingPrice() {
        return new VestingPrice(globals.totalVestingFundSteem(), globals.totalVestingShares());
    }

    /** Own STEEM Power (vesting shares in STEEM). */
    public Asset steemPower() {
        return vestingPrice().toSteem(account.vestingShares());
    }

    /** Delegated SP as the user entered it where that is the same VESTS (10.000, not 9.999; see VestingPrice). */
    public Asset delegatedSteemPower() {
        return vestingPrice().steemShown(account.delegatedVestingShares());
    }

    public Asset receivedSteemPower() {
        return vestingPrice().toSteem(account.receivedVestingShares());
    }

    /** What the vote weight is computed from: own + received − delegated − this week's power down. */
    public Asset effectiveSteemPower() {
        AccountStake stake = AccountStakes.stake(account);
        return vestingPrice().toSteem(StakeMath.effectiveVestingShares(stake));
    }

    public int votingManaBasisPoints(Instant now) {
        return AccountStakes.votingManabar(account).at(now).percentBasisPoints();
    }

    public OptionalInt rcBasisPoints(Instant now) {
        return rc.map(r -> OptionalInt.of(ResourceCredits.percentBasisPoints(r.maxRc(), r.rcManabar().currentMana(),
                Instant.ofEpochSecond(r.rcManabar().lastUpdateTime()), now))).orElse(OptionalInt.empty());
    }
}
