package org.steemdesk.ui.feed;

import java.math.BigInteger;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.stake.VoteValue;
import org.steemdesk.app.vote.VotingManaLookup;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Price;

/**
 * What the estimated value of a vote depends on, fetched once per opened post: the voter's manabar now, the vote
 * power reserve rate, the reward fund and the median price. {@link #value} then is pure arithmetic.
 */
record VoteInputs(Manabar manabar, int votePowerReserveRate, Asset rewardBalance, BigInteger recentClaims,
                  Price median) {
    VoteInputs {
        Objects.requireNonNull(manabar, "manabar");
        Objects.requireNonNull(rewardBalance, "rewardBalance");
        Objects.requireNonNull(recentClaims, "recentClaims");
        Objects.requireNonNull(median, "median");
    }

    static VoteInputs fetch(NodeReader reader, VotingManaLookup mana, AccountName voter, java.time.Instant now)
            throws NodeUnreachableException {
        var api = reader.api();
        Manabar bar = mana.votingManabar(voter).at(now);
        var props = reader.send(api.getDynamicGlobalProperties());
        var fund = reader.send(api.getRewardFund("post"));
        var median = reader.send(api.getCurrentMedianHistoryPrice());
        return new VoteInputs(bar, props.votePowerReserveRate(), fund.rewardBalance(), fund.recentClaims(), median);
    }

    /** The SBD value of a vote at {@code weight} basis points (negative for a downvote). */
    Asset value(int weight) {
        return VoteValue.estimate(manabar, weight, votePowerReserveRate, rewardBalance, recentClaims, median.base(),
                median.quote());
    }
}
