package org.steemdesk.app.rewards;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;

/** What a queued vote does to its post, by steemd's arithmetic on the node's current state (five reads). */
public record NodeVoteEstimator(NodeVoteSituations situations) implements VoteEstimator {

    /** @throws org.steemdesk.app.stake.VoteEstimateException the vote cannot be valued (paid-out post, …) */
    @Override
    public VoteExpectation estimate(VoteIntent intent) throws NodeUnreachableException {
        return VoteExpectation.of(situations.estimate(intent.account(), intent.author(), intent.permlink(),
                intent.weight()));
    }
}
