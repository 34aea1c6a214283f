package org.steemdesk.app.rewards;

import java.time.Clock;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.vote.VoteInputs;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VotingManaLookup;
import org.steemdesk.chain.protocol.Asset;

/** A vote's value with the chain's formulas, on the node's current reward fund and median price ({@link VoteInputs}). */
public final class NodeVoteEstimator implements VoteEstimator {

    private final NodeReader reader;
    private final VotingManaLookup mana;
    private final Clock clock;

    public NodeVoteEstimator(NodeReader reader, VotingManaLookup mana, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.mana = Objects.requireNonNull(mana, "mana");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Asset estimate(VoteIntent intent) throws NodeUnreachableException {
        return VoteInputs.fetch(reader, mana, intent.account(), clock.instant()).value(intent.weight());
    }
}
