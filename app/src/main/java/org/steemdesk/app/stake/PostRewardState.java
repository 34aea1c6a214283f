package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * What a vote on a post changes, read from steemd's comment object ({@code get_content}): the net rshares the payout
 * follows, the vote rshares the curation curve follows, the sum of curation weights, and the rules the author set.
 * {@code cashoutTime} is empty once the post is paid out.
 */
public record PostRewardState(String author, String permlink, Instant created, Optional<Instant> cashoutTime,
                              boolean paidBefore, long netRshares, long voteRshares, BigInteger totalVoteWeight,
                              long rewardWeight, boolean allowVotes, boolean allowCurationRewards,
                              Asset maxAcceptedPayout, List<ActiveVote> votes) {

    public PostRewardState {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cashoutTime, "cashoutTime");
        Objects.requireNonNull(totalVoteWeight, "totalVoteWeight");
        Objects.requireNonNull(maxAcceptedPayout, "maxAcceptedPayout");
        votes = List.copyOf(votes);
    }

    /**
     * The post as steemd serves it. A hivemind answer lacks the curation fields (vote_rshares, total_vote_weight,
     * reward_weight, allow_curation_rewards); rather than guess them the estimate is refused.
     */
    public static PostRewardState of(Discussion post) {
        return new PostRewardState(post.author(), post.permlink(), post.created(), post.cashoutTime(),
                post.lastPayout().isPresent(), post.netRshares(),
                required(post.voteRshares(), "vote_rshares"),
                required(post.totalVoteWeight(), "total_vote_weight"),
                required(post.rewardWeight(), "reward_weight"),
                required(post.allowVotes(), "allow_votes"),
                required(post.allowCurationRewards(), "allow_curation_rewards"),
                required(post.maxAcceptedPayout(), "max_accepted_payout"),
                post.activeVotes());
    }

    private static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> VoteEstimateException.missing("get_content", field));
    }

    /** The voter's current vote, if any (steemd lists every vote, including removed ones with 0 rshares). */
    public Optional<ActiveVote> voteBy(String voter) {
        return votes.stream().filter(v -> v.voter().equals(voter)).findFirst();
    }

    /** Whole seconds from creation to {@code time}; 0 for a time before creation. */
    public long ageAt(Instant time) {
        return Math.max(0, time.getEpochSecond() - created.getEpochSecond());
    }
}
