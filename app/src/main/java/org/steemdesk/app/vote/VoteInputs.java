package org.steemdesk.app.vote;

import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.rewards.NodeVoteSituations;
import org.steemdesk.app.stake.VoteSituation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * What the estimated value of a vote depends on, fetched once per opened post: the chain state at the head block
 * ({@link VoteSituation}). {@link #value} then is pure arithmetic, so a vote panel can re-estimate on every slider
 * move without asking the node.
 */
public record VoteInputs(VoteSituation situation) {
    public VoteInputs {
        Objects.requireNonNull(situation, "situation");
    }

    public static VoteInputs fetch(NodeVoteSituations situations, AccountName voter, Discussion post)
            throws NodeUnreachableException {
        return new VoteInputs(situations.situation(voter, new AccountName(post.author()),
                new Permlink(post.permlink())));
    }

    /**
     * How much a vote at {@code weight} basis points (negative for a downvote) changes the post's payout (SBD), as a
     * size: the panel's sentence says whether the vote adds it or removes it.
     */
    public Asset value(int weight) {
        Asset change = situation.estimate(weight).payoutChange();
        return change.isNegative() ? Asset.of(-change.amount(), change.symbol()) : change;
    }
}
