package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.ActiveVote;

/**
 * Everything a vote's effect depends on, as the node reported it at one head block: the chain's vote rules, the
 * reward fund and median price, the post, the voter's manabars. {@link #estimate} then follows steemd's
 * {@code hf20_vote_evaluator} (HF21+ rules) and the payout code for any weight, without asking the node again.
 */
public record VoteSituation(String voter, VoteRules rules, RewardPool pool, PostRewardState post, VoterMana mana,
                            Instant headTime) {

    /**
     * The same chain state seen at a later head block time: mana regenerated and the post older by the difference.
     * For a vote prepared a few seconds before it is sent, so its estimate needs no new reads.
     */
    public VoteSituation at(Instant laterHeadTime) {
        return new VoteSituation(voter, rules, pool, post, mana, laterHeadTime);
    }

    /** The vote of {@code weight} basis points (−100 % … 100 %) cast now, and the same vote at the best age. */
    public VoteEstimate estimate(int weight) {
        if (Math.abs((long) weight) > rules.hundredPercent()) {
            throw new VoteEstimateException(VoteEstimateException.Kind.WEIGHT_OUT_OF_RANGE, Integer.toString(weight),
                    "a vote weight must be between -" + rules.hundredPercent() + " and " + rules.hundredPercent()
                    + " basis points, got " + weight);
        }
        Optional<ActiveVote> previous = post.voteBy(voter);
        requireVotable(weight, previous);
        VoteFigures now = figures(weight, headTime, previous);
        Instant bestAge = post.created().plusSeconds(rules.reverseAuctionSeconds());
        boolean laterIsBetter = previous.isEmpty() && bestAge.isAfter(headTime)
                && bestAge.isBefore(post.cashoutTime().orElseThrow());
        VoteFigures atBestAge = laterIsBetter ? figures(weight, bestAge, previous) : now;
        return new VoteEstimate(weight, rules.reverseAuctionSeconds(), previous.isPresent(),
                payout(post.netRshares()), now, atBestAge);
    }

    /** steemd's refusals, in its order, for the checks that depend on the post and the voter's earlier vote. */
    private void requireVotable(int weight, Optional<ActiveVote> previous) {
        if (weight > 0 && !post.allowVotes()) {
            throw refusal(VoteEstimateException.Kind.VOTES_NOT_ALLOWED, "the author does not accept votes on this post");
        }
        Instant cashout = post.cashoutTime().orElseThrow(() -> refusal(VoteEstimateException.Kind.POST_PAID_OUT,
                "the post has been paid out; a vote now would change nothing"));
        if (!headTime.isBefore(cashout)) {
            throw refusal(VoteEstimateException.Kind.POST_IN_PAYOUT, "the post is being paid out (cashout "
                    + cashout + ")");
        }
        if (previous.isEmpty() && weight == 0) {
            throw refusal(VoteEstimateException.Kind.ZERO_WEIGHT, "a vote of 0 % is no vote");
        }
        if (previous.isPresent() && previous.get().percent() == weight) {
            throw refusal(VoteEstimateException.Kind.IDENTICAL_VOTE, "the current vote on this post has this weight");
        }
    }

    private VoteEstimateException refusal(VoteEstimateException.Kind kind, String message) {
        return new VoteEstimateException(kind, post.author() + "/" + post.permlink(), message);
    }

    private VoteFigures figures(int weight, Instant at, Optional<ActiveVote> previous) {
        long used = mana.at(at).usedMana(weight, rules);
        long rshares = Long.signum(weight) * cutBeforeCashout(Math.max(0, used - rules.voteDustThreshold()), at);
        long netAfter = post.netRshares() - previous.map(ActiveVote::rshares).orElse(0L) + rshares;
        Asset payoutAfter = payout(netAfter);
        long age = post.ageAt(at);
        BigInteger max = BigInteger.ZERO;
        BigInteger weightNow = BigInteger.ZERO;
        BigInteger total = post.totalVoteWeight().subtract(BigInteger.valueOf(previous.map(ActiveVote::weight).orElse(0L)));
        if (earnsCuration(rshares, previous)) {
            BigInteger before = pool.curationWeightAt(post.voteRshares());
            BigInteger after = pool.curationWeightAt(post.voteRshares() + rshares);
            if (after.compareTo(before) > 0) {
                max = after.subtract(before);
                long ras = rules.reverseAuctionSeconds();
                weightNow = RewardCurve.u64(max.multiply(BigInteger.valueOf(Math.min(age, ras))).divide(BigInteger.valueOf(ras)));
                total = total.add(max);
            }
        }
        Asset curation = curationReward(netAfter, weightNow, total);
        return new VoteFigures(at, age, used, rshares, payoutAfter, payoutAfter.minus(payout(post.netRshares())),
                weightNow, max, total, curation, pool.toSbd(curation));
    }

    /** In the last {@code STEEM_UPVOTE_LOCKOUT_SECONDS} before cashout a vote's rshares shrink linearly to 0. */
    private long cutBeforeCashout(long absRshares, Instant at) {
        long left = post.cashoutTime().orElseThrow().getEpochSecond() - at.getEpochSecond();
        if (left >= rules.upvoteLockoutSeconds()) {
            return absRshares;
        }
        return BigInteger.valueOf(absRshares).multiply(BigInteger.valueOf(Math.max(0, left)))
                .divide(BigInteger.valueOf(rules.upvoteLockoutSeconds())).longValueExact();
    }

    /** A first upvote on a post in its first payout window, whose author and fund pay curators at all. */
    private boolean earnsCuration(long rshares, Optional<ActiveVote> previous) {
        return previous.isEmpty() && rshares > 0 && !post.paidBefore() && post.allowCurationRewards()
                && pool.percentCurationRewards() > 0;
    }

    /** The post's payout as condenser shows it, but never above what the author accepts. */
    private Asset payout(long netRshares) {
        Asset pending = pool.pendingPayout(netRshares);
        return pending.compareTo(post.maxAcceptedPayout()) > 0 ? post.maxAcceptedPayout() : pending;
    }

    /**
     * {@code cashout_comment_helper} and {@code pay_curators}: curation tokens = reward × percent_curation_rewards /
     * 100 %, and the voter's claim = tokens × weight / total_vote_weight (128-bit, truncating).
     */
    private Asset curationReward(long netAfter, BigInteger weight, BigInteger totalWeight) {
        if (weight.signum() == 0 || totalWeight.signum() <= 0) {
            return Asset.zero(AssetSymbol.STEEM);
        }
        BigInteger hundred = BigInteger.valueOf(rules.hundredPercent());
        long reward = pool.postReward(netAfter, post.rewardWeight(), rules.hundredPercent(), post.maxAcceptedPayout())
                .amount();
        BigInteger tokens = RewardCurve.u64(BigInteger.valueOf(reward)
                .multiply(BigInteger.valueOf(pool.percentCurationRewards())).divide(hundred));
        return Asset.of(RewardCurve.u64(tokens.multiply(weight).divide(totalWeight)).longValueExact(),
                AssetSymbol.STEEM);
    }
}
