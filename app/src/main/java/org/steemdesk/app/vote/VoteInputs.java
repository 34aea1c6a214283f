package org.steemdesk.app.vote;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.stake.VoteValue;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Price;

/**
 * What the estimated value of a vote depends on, fetched once (per opened post, or per vote sent): the voter's
 * manabar now, the vote power reserve rate, the reward fund and the median price. {@link #value} then is pure
 * arithmetic, so a vote panel can re-estimate on every slider move without asking the node.
 */
public record VoteInputs(Manabar manabar, int votePowerReserveRate, Asset rewardBalance, BigInteger recentClaims,
                         Price median) {
    public VoteInputs {
        Objects.requireNonNull(manabar, "manabar");
        Objects.requireNonNull(rewardBalance, "rewardBalance");
        Objects.requireNonNull(recentClaims, "recentClaims");
        Objects.requireNonNull(median, "median");
    }

    public static VoteInputs fetch(NodeReader reader, VotingManaLookup mana, AccountName voter, Instant now)
            throws NodeUnreachableException {
        var api = reader.api();
        Manabar bar = mana.votingManabar(voter).at(now);
        var props = reader.send(api.getDynamicGlobalProperties());
        var fund = reader.send(api.getRewardFund("post"));
        var median = reader.send(api.getCurrentMedianHistoryPrice());
        return new VoteInputs(bar, props.votePowerReserveRate(), fund.rewardBalance(), fund.recentClaims(), median);
    }

    /** The SBD value of a vote at {@code weight} basis points (negative for a downvote). */
    public Asset value(int weight) {
        return VoteValue.estimate(manabar, weight, votePowerReserveRate, rewardBalance, recentClaims, median.base(),
                median.quote());
    }
}
