package org.steemdesk.app.rewards;

import java.time.Clock;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.stake.VoteValue;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VotingManaLookup;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RewardFund;

/** A vote's value with the chain's formulas ({@link VoteValue}) on the node's current reward fund and median price. */
public final class NodeVoteEstimator implements VoteEstimator {

    private final CondenserApi api;
    private final VotingManaLookup mana;
    private final Clock clock;

    public NodeVoteEstimator(CondenserApi api, VotingManaLookup mana, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.mana = Objects.requireNonNull(mana, "mana");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Asset estimate(VoteIntent intent) throws NodeUnreachableException {
        Manabar bar = mana.votingManabar(intent.account()).at(clock.instant());
        try {
            DynamicGlobalProperties props = api.getDynamicGlobalProperties().send();
            RewardFund fund = api.getRewardFund("post").send();
            Price median = api.getCurrentMedianHistoryPrice().send();
            return VoteValue.estimate(bar, intent.weight(), props.votePowerReserveRate(), fund.rewardBalance(),
                    fund.recentClaims(), median.base(), median.quote());
        } catch (AllNodesFailedException e) {
            throw new NodeUnreachableException("no node answered for the vote estimate", e);
        }
    }
}
