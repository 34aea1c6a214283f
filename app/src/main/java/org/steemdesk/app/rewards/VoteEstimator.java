package org.steemdesk.app.rewards;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;

/** What a vote cast now does (payout change, expected curation), by steemd's arithmetic on the current chain state. */
@FunctionalInterface
public interface VoteEstimator {
    VoteExpectation estimate(VoteIntent intent) throws NodeUnreachableException;
}
