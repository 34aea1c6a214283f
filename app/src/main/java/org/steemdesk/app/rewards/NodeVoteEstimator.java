package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;

/** What a queued vote does to its post, by steemd's arithmetic on the node's current state (five reads). */
public final class NodeVoteEstimator implements VoteEstimator {

    private final NodeVoteSituations situations;

    public NodeVoteEstimator(NodeVoteSituations situations) {
        this.situations = Objects.requireNonNull(situations, "situations");
    }

    /** @throws org.steemdesk.app.stake.VoteEstimateException the vote cannot be valued (paid-out post, …) */
    @Override
    public VoteExpectation estimate(VoteIntent intent) throws NodeUnreachableException {
        return VoteExpectation.of(situations.estimate(intent.account(), intent.author(), intent.permlink(),
                intent.weight()));
    }
}
