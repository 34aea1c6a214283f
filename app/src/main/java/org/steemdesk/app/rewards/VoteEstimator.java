package org.steemdesk.app.rewards;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.chain.protocol.Asset;

/** The SBD value a vote would add if cast now, from the voter's current mana. */
@FunctionalInterface
public interface VoteEstimator {
    Asset estimate(VoteIntent intent) throws NodeUnreachableException;
}
