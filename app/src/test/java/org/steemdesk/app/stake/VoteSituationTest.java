package org.steemdesk.app.stake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.stake.VoteEstimateException.Kind;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Price;

/**
 * One vote worked out by hand, step by step as steemd does it (hf20_vote_evaluator, util/reward.cpp,
 * condenser_api set_pending_payout, cashout_comment_helper / pay_curators), with Steem's current parameters.
 *
 * <p>The voter is a whale: 100,000,000 VESTS effective (10¹⁴ raw), half of the voting mana left at T0, the downvote
 * manabar (25 %) half full. The post is 150 s old at the head block, with R = net = vote rshares = 5·10¹¹ from bob's
 * earlier vote. The fund holds 820,000.000 STEEM against recent claims 4.5·10¹⁷ at a median of 0.250 SBD/STEEM, curves
 * convergent_linear / convergent_square_root with s = 2·10¹², half of each payout to curators.
 */
class VoteSituationTest {
    static final VoteRules RULES = new VoteRules(10_000, 300, 2_500, 10, 432_000, 50_000_000, 43_200);
    static final RewardPool POOL = new RewardPool(RewardCurve.CONVERGENT_LINEAR, RewardCurve.CONVERGENT_SQUARE_ROOT,
            BigInteger.valueOf(2_000_000_000_000L), Asset.parse("820000.000 STEEM"),
            new BigInteger("450000000000000000"), 5_000, new Price(Asset.parse("0.250 SBD"), Asset.parse("1.000 STEEM")));
    static final Instant T0 = Instant.parse("2026-01-15T00:00:00Z");
    static final Instant HEAD = T0.plusSeconds(43_200);
    static final VoterMana WHALE = new VoterMana(new Manabar(100_000_000_000_000L, 50_000_000_000_000L, T0, 432_000),
            Optional.of(new Manabar(25_000_000_000_000L, 12_500_000_000_000L, T0, 432_000)));
    static final ActiveVote BOB = new ActiveVote("bob", 235_686, 500_000_000_000L, 10_000, 0, Optional.of(T0));

    static PostRewardState post(Instant created, Optional<Instant> cashout, boolean allowVotes) {
        return new PostRewardState("kimchi", "fresh", created, cashout, false, 500_000_000_000L, 500_000_000_000L,
                BigInteger.valueOf(400_000), 10_000, allowVotes, true, Asset.parse("1000000.000 SBD"), List.of(BOB));
    }

    static PostRewardState youngPost() {
        Instant created = HEAD.minusSeconds(150);
        return post(created, Optional.of(created.plus(Duration.ofDays(7))), true);
    }

    static VoteSituation situation(String voter, PostRewardState post, VoterMana mana) {
        return new VoteSituation(voter, RULES, POOL, post, mana, HEAD);
    }

    @Test
    void fullUpvoteOnAYoungPost() {
        VoteEstimate e = situation("whale", youngPost(), WHALE).estimate(10_000);
        // Mana at the head block: 5·10¹³ + 10¹⁴ × 43200 / 432000 = 6·10¹³.
        // used = 6·10¹³ × 10000 × 86400 / 10000 / (10 × 432000) = 1.2·10¹² exactly; rshares = used − 50,000,000.
        assertThat(e.now().usedMana()).isEqualTo(1_200_000_000_000L);
        assertThat(e.rshares()).isEqualTo(1_199_950_000_000L);
        // Payout: pot = 820000000 × 0.250/1.000 = 205,000,000 (205,000.000 SBD).
        // before: claims(5·10¹¹) = ((R+s)² − s²)/(R+4s) = 2.25·10²⁴ / 8.5·10¹² = 264,705,882,352;
        //         × 205,000,000 / 4.5·10¹⁷ = 120.59 → 0.120 SBD
        // after:  R = 1,699,950,000,000: claims = 9,689,630,002,500,000,000,000,000 / 9,699,950,000,000
        //         = 998,936,077,247; × 205,000,000 / 4.5·10¹⁷ = 455.08 → 0.455 SBD
        assertThat(e.payoutBefore()).isEqualTo(Asset.parse("0.120 SBD"));
        assertThat(e.now().payoutAfter()).isEqualTo(Asset.parse("0.455 SBD"));
        assertThat(e.payoutChange()).isEqualTo(Asset.parse("0.335 SBD"));
        // Curation: W(5·10¹¹) = 5·10¹¹ / approx_sqrt(4.5·10¹²) = 5·10¹¹ / 2,121,459 = 235,686;
        // W(1,699,950,000,000) = 1,699,950,000,000 / approx_sqrt(5,699,950,000,000) = .../2,407,549 = 706,091;
        // the vote's full weight is 706,091 − 235,686 = 470,405, and at 150 of 300 s it keeps 470,405 × 150/300 = 235,202.
        assertThat(e.now().maxCurationWeight()).isEqualTo(BigInteger.valueOf(470_405));
        assertThat(e.curationWeight()).isEqualTo(BigInteger.valueOf(235_202));
        assertThat(e.now().totalVoteWeightAfter()).isEqualTo(BigInteger.valueOf(400_000 + 470_405));
        // Reward if the post paid out now: claims 998,936,077,247 join recent claims;
        // 998,936,077,247 × 820,000,000 / 450,000,998,936,077,247 = 1820.3 → 1.820 STEEM; half to curators: 910;
        // the voter's share 910 × 235,202 / 870,405 = 245.9 → 0.245 STEEM (0.245 × 0.25 = 0.061 SBD).
        assertThat(e.curationReward()).isEqualTo(Asset.parse("0.245 STEEM"));
        assertThat(e.now().curationRewardValue()).isEqualTo(Asset.parse("0.061 SBD"));
        assertThat(e.ageSeconds()).isEqualTo(150);
        assertThat(e.reverseAuctionSeconds()).isEqualTo(300);
        assertThat(e.agePenaltySeconds()).isEqualTo(150);
        assertThat(e.changesVote()).isFalse();
    }

    @Test
    void theSameVoteAtTheEndOfTheReverseAuction() {
        VoteEstimate e = situation("whale", youngPost(), WHALE).estimate(10_000);
        VoteFigures best = e.atBestAge();
        // 150 s later: mana 5·10¹³ + 10¹⁴ × 43350 / 432000 = 60,034,722,222,222;
        // used = ceil(60,034,722,222,222 × 86400 / 4,320,000) = ceil(1,200,694,444,444.44) = 1,200,694,444,445
        assertThat(best.at()).isEqualTo(HEAD.plusSeconds(150));
        assertThat(best.ageSeconds()).isEqualTo(300);
        assertThat(best.rshares()).isEqualTo(1_200_644_444_445L);
        // W(1,700,644,444,445) = 706,331, full weight 706,331 − 235,686 = 470,645, nothing cut off
        assertThat(best.curationWeight()).isEqualTo(BigInteger.valueOf(470_645)).isEqualTo(best.maxCurationWeight());
        // reward 1.821 STEEM, 910 to curators; 910 × 470,645 / 870,645 = 491.9 → 0.491 STEEM
        assertThat(best.curationReward()).isEqualTo(Asset.parse("0.491 STEEM"));
        assertThat(best.payoutChange()).isEqualTo(Asset.parse("0.335 SBD"));
        assertThat(e.curationWeightLostToAge()).isEqualTo(BigInteger.valueOf(470_405 - 235_202));
        assertThat(e.curationRewardLostToAge()).isEqualTo(Asset.parse("0.246 STEEM"));
    }

    @Test
    void anOldPostHasNoAgePenalty() {
        Instant created = HEAD.minus(Duration.ofDays(2));
        VoteEstimate e = situation("whale", post(created, Optional.of(created.plus(Duration.ofDays(7))), true), WHALE)
                .estimate(10_000);
        assertThat(e.agePenaltySeconds()).isZero();
        assertThat(e.curationWeight()).isEqualTo(e.now().maxCurationWeight()).isEqualTo(BigInteger.valueOf(470_405));
        assertThat(e.atBestAge()).isEqualTo(e.now());
    }

    @Test
    void halfDownvoteDrawsOnTheDownvoteManabar() {
        VoteEstimate e = situation("whale", youngPost(), WHALE).estimate(-5_000);
        // downvote mana at the head block: 1.25·10¹³ + 2.5·10¹³ × 43200 / 432000 = 1.5·10¹³; it counts as
        // max(1.5·10¹³ × 10000 / 2500, 6·10¹³) = 6·10¹³; used = 6·10¹³ × 5000 × 86400 / 10000 / 4,320,000 = 6·10¹¹
        assertThat(e.now().usedMana()).isEqualTo(600_000_000_000L);
        assertThat(e.rshares()).isEqualTo(-599_950_000_000L);
        // net 5·10¹¹ − 599,950,000,000 < 0 claims nothing: the payout falls from 0.120 to 0
        assertThat(e.now().payoutAfter()).isEqualTo(Asset.parse("0.000 SBD"));
        assertThat(e.payoutChange()).isEqualTo(Asset.parse("-0.120 SBD"));
        assertThat(e.curationWeight()).isZero();
        assertThat(e.curationReward()).isEqualTo(Asset.parse("0.000 STEEM"));
    }

    @Test
    void rsharesShrinkInTheLastTwelveHoursBeforeCashout() {
        Instant cashout = HEAD.plus(Duration.ofHours(3));
        VoteEstimate e = situation("whale", post(cashout.minus(Duration.ofDays(7)), Optional.of(cashout), true), WHALE)
                .estimate(10_000);
        // 10,800 s before cashout: 1,199,950,000,000 × 10800 / 43200 = 299,987,500,000
        assertThat(e.rshares()).isEqualTo(299_987_500_000L);
        // net 799,987,500,000: claims × 205,000,000 / 4.5·10¹⁷ = 0.198 SBD, 0.078 more than 0.120
        assertThat(e.payoutChange()).isEqualTo(Asset.parse("0.078 SBD"));
    }

    @Test
    void aChangedVoteReplacesTheOldRsharesAndEarnsNoCuration() {
        VoteEstimate e = situation("bob", youngPost(), WHALE).estimate(5_000);
        // bob's 5·10¹¹ leave, 599,950,000,000 come in: claims(599,950,000,000) = 320,901,865,999 → 0.146 SBD
        assertThat(e.changesVote()).isTrue();
        assertThat(e.rshares()).isEqualTo(599_950_000_000L);
        assertThat(e.now().payoutAfter()).isEqualTo(Asset.parse("0.146 SBD"));
        assertThat(e.payoutChange()).isEqualTo(Asset.parse("0.026 SBD"));
        // steemd takes the old vote's weight out of total_vote_weight and records 0
        assertThat(e.curationWeight()).isZero();
        assertThat(e.now().totalVoteWeightAfter()).isEqualTo(BigInteger.valueOf(400_000 - 235_686));
        assertThat(e.atBestAge()).isEqualTo(e.now());
    }

    @Test
    void aDeclinedPayoutGainsNothing() {
        PostRewardState young = youngPost();
        PostRewardState declined = new PostRewardState(young.author(), young.permlink(), young.created(),
                young.cashoutTime(), false, young.netRshares(), young.voteRshares(), young.totalVoteWeight(),
                young.rewardWeight(), true, true, Asset.parse("0.000 SBD"), young.votes());
        VoteEstimate e = situation("whale", declined, WHALE).estimate(10_000);
        assertThat(e.payoutChange()).isEqualTo(Asset.parse("0.000 SBD"));
        assertThat(e.curationReward()).isEqualTo(Asset.parse("0.000 STEEM"));
        assertThat(e.curationWeight()).isEqualTo(BigInteger.valueOf(235_202)); // still recorded by steemd
    }

    @Test
    void refusalsHaveAKind() {
        VoteSituation young = situation("whale", youngPost(), WHALE);
        assertKind(() -> young.estimate(10_001), Kind.WEIGHT_OUT_OF_RANGE);
        assertKind(() -> young.estimate(-10_001), Kind.WEIGHT_OUT_OF_RANGE);
        assertKind(() -> young.estimate(0), Kind.ZERO_WEIGHT);
        assertKind(() -> situation("bob", youngPost(), WHALE).estimate(10_000), Kind.IDENTICAL_VOTE);
        assertThat(situation("bob", youngPost(), WHALE).estimate(0).rshares()).isZero(); // removing a vote is fine
        assertKind(() -> situation("whale", post(T0, Optional.empty(), true), WHALE).estimate(100), Kind.POST_PAID_OUT);
        assertKind(() -> situation("whale", post(T0, Optional.of(HEAD), true), WHALE).estimate(100),
                Kind.POST_IN_PAYOUT);
        PostRewardState closed = post(HEAD.minusSeconds(10), Optional.of(HEAD.plus(Duration.ofDays(6))), false);
        assertKind(() -> situation("whale", closed, WHALE).estimate(100), Kind.VOTES_NOT_ALLOWED);
        assertThat(situation("whale", closed, WHALE).estimate(-100).rshares()).isNegative();
        VoterMana empty = new VoterMana(new Manabar(1_000, 0, HEAD, 432_000), Optional.of(new Manabar(250, 0, HEAD, 432_000)));
        assertKind(() -> situation("whale", youngPost(), empty).estimate(-10_000), Kind.NOT_ENOUGH_MANA);
        assertThat(situation("whale", youngPost(), empty).estimate(10_000).rshares()).isZero(); // dust, accepted
    }

    private static void assertKind(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoteEstimateException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
