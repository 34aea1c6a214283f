package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.protocol.Asset;

/** What a queued vote adds to its post's payout, by steemd's arithmetic on the node's current state. */
public final class NodeVoteEstimator implements VoteEstimator {

    private final NodeVoteSituations situations;

    public NodeVoteEstimator(NodeVoteSituations situations) {
        this.situations = Objects.requireNonNull(situations, "situations");
    }

    /** @throws org.steemdesk.app.stake.VoteEstimateException the vote cannot be valued (paid-out post, …) */
    @Override
    public Asset estimate(VoteIntent intent) throws NodeUnreachableException {
        return situations.estimate(intent.account(), intent.author(), intent.permlink(), intent.weight())
                .payoutChange();
    }
}
