package org.steemdesk.app.stake;

import java.math.BigInteger;
import org.steemdesk.chain.protocol.Asset;

/**
 * What a vote does, worked out with steemd's integer arithmetic on the chain state the node reported: the vote cast
 * now (at the head block time) and, for comparison, the same vote cast at the best age, when the post is
 * {@code reverse_auction_seconds} old and no curation weight is lost to the reverse auction. Where the post is already
 * that old, or the vote changes an earlier vote (which earns no curation), both are the same.
 *
 * @param weight                 the vote's weight in basis points of 100 % (negative: downvote)
 * @param reverseAuctionSeconds  the chain's reverse auction window
 * @param changesVote            the voter has a vote on the post already, which this one replaces
 * @param payoutBefore           the post's payout (SBD) before the vote
 */
public record VoteEstimate(int weight, long reverseAuctionSeconds, boolean changesVote, Asset payoutBefore,
                           VoteFigures now, VoteFigures atBestAge) {

    public long rshares() {
        return now.rshares();
    }

    /** The change of the post's payout, in SBD. */
    public Asset payoutChange() {
        return now.payoutChange();
    }

    /** The weight steemd would record for this vote now. */
    public BigInteger curationWeight() {
        return now.curationWeight();
    }

    /** Expected curation reward in STEEM (paid as SP). */
    public Asset curationReward() {
        return now.curationReward();
    }

    public long ageSeconds() {
        return now.ageSeconds();
    }

    /** How many seconds early the vote is: reverse auction − age, or 0 when the post is old enough. */
    public long agePenaltySeconds() {
        return Math.max(0, reverseAuctionSeconds - now.ageSeconds());
    }

    /** Curation weight lost to voting early; it goes back to the reward pool. */
    public BigInteger curationWeightLostToAge() {
        return now.maxCurationWeight().subtract(now.curationWeight());
    }

    /** Curation reward voting now earns less than voting at the best age (STEEM); never negative. */
    public Asset curationRewardLostToAge() {
        Asset lost = atBestAge.curationReward().minus(now.curationReward());
        return lost.isNegative() ? Asset.zero(lost.symbol()) : lost;
    }
}
