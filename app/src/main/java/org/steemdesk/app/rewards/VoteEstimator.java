package org.steemdesk.app.rewards;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.protocol.Asset;

/** How much a vote cast now changes its post's payout (SBD), by steemd's arithmetic on the current chain state. */
@FunctionalInterface
public interface VoteEstimator {
    Asset estimate(VoteIntent intent) throws NodeUnreachableException;
}
