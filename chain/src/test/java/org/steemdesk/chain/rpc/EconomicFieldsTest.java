package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.chain.rpc.LoopbackApi.ALICE;
import static org.steemdesk.chain.rpc.LoopbackApi.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.RewardFund;

/**
 * Every economic field the vote arithmetic reads, from real recorded answers of each era: present values as the node
 * printed them (numbers or strings), and what an absent field reads as (the old era's exact value, or empty).
 */
class EconomicFieldsTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    @RegisterExtension
    final LoopbackApi loopback = new LoopbackApi();
    private final CondenserApi api = loopback.api;

    private DynamicGlobalProperties dgp(String fixture) {
        return loopback.send(fixture, api.getDynamicGlobalProperties());
    }

    @Test
    void hf23PropertiesCarryEveryVoteParameter() {
        DynamicGlobalProperties d = dgp("condenser_api/get_dynamic_global_properties-2020.json");
        assertThat(d.reverseAuctionSeconds()).contains(300);
        assertThat(d.downvotePoolPercent()).isEqualTo(2500);
        assertThat(d.votePowerReserveRate()).contains(10);
        assertThat(d.contentRewardPercent()).contains(6500);
        assertThat(d.sbdPrintRate()).isEqualTo(1100);
        assertThat(d.sbdInterestRate()).contains(0);
        // 2022: SBD printing had stopped (10 % of market cap reached), which is a real 0, not an absent field.
        assertThat(dgp("condenser_api/get_dynamic_global_properties-2022.json").sbdPrintRate()).isZero();
    }

    @Test
    void hf20PropertiesHaveTheFifteenMinuteAuctionAndNoDownvotePool() {
        DynamicGlobalProperties d = dgp("condenser_api/get_dynamic_global_properties-2019.json");
        assertThat(d.reverseAuctionSeconds()).contains(900);
        assertThat(d.downvotePoolPercent()).isZero();
        assertThat(d.contentRewardPercent()).isEmpty();
        assertThat(d.sbdPrintRate()).isEqualTo(8000);
    }

    @Test
    void olderPropertiesLeaveUnknownParametersEmptyAndOldRulesExact() {
        DynamicGlobalProperties d2017 = dgp("condenser_api/get_dynamic_global_properties-2017-call.json");
        assertThat(d2017.reverseAuctionSeconds()).isEmpty();
        assertThat(d2017.votePowerReserveRate()).contains(10);
        assertThat(d2017.downvotePoolPercent()).isZero();
        // steemd 0.14 sent no reserve rate and no print rate: the first cannot be guessed, the second was "print all".
        DynamicGlobalProperties d2016 = dgp("pre_appbase/get_dynamic_global_properties-2016.json");
        assertThat(d2016.votePowerReserveRate()).isEmpty();
        assertThat(d2016.sbdPrintRate()).isEqualTo(10_000);
        assertThat(d2016.sbdInterestRate()).contains(1000);
    }

    @Test
    void rewardFundNamesItsCurves() throws Exception {
        RewardFund fund = MAPPER.treeToValue(
                Fixtures.load("database_api/get_reward_funds-2018.json").at("/response/result/funds/0"), RewardFund.class);
        assertThat(fund.authorRewardCurve()).contains("linear");
        assertThat(fund.curationRewardCurve()).contains("square_root");
        assertThat(fund.contentConstant()).contains(new BigInteger("2000000000000"));
        assertThat(fund.percentCurationRewards()).contains(2500);
        assertThat(fund.percentContentRewards()).contains(10000);
        assertThat(fund.lastUpdate()).isEqualTo(Instant.parse("2018-04-26T15:49:15Z"));
        RewardFund bare = MAPPER.readValue("{\"name\":\"post\",\"reward_balance\":\"1.000 STEEM\",\"recent_claims\":1}",
                RewardFund.class);
        assertThat(bare.authorRewardCurve()).isEmpty();
        assertThat(bare.curationRewardCurve()).isEmpty();
        assertThat(bare.contentConstant()).isEmpty();
        assertThat(bare.percentCurationRewards()).isEmpty();
    }

    @Test
    void steemdPostCarriesTheCurationState() {
        Discussion post = loopback.send("condenser_api/get_discussions_by_trending-2017.json",
                api.getDiscussionsByTrending(DiscussionQuery.first("", 1))).get(0);
        assertThat(post.netRshares()).isEqualTo(98_257_365_522_201L);
        assertThat(post.absRshares()).contains(98_276_721_190_867L);
        assertThat(post.voteRshares()).contains(98_275_260_164_801L);
        assertThat(post.totalVoteWeight()).contains(BigInteger.valueOf(10_050_888));
        assertThat(post.rewardWeight()).contains(10_000);
        assertThat(post.allowVotes()).contains(true);
        assertThat(post.allowCurationRewards()).contains(true);
        assertThat(post.maxAcceptedPayout()).contains(Asset.parse("1000000.000 SBD"));
        assertThat(post.created()).isEqualTo(Instant.parse("2017-12-12T20:24:03Z"));
        assertThat(post.cashoutTime()).contains(Instant.parse("2017-12-19T20:24:03Z"));
        ActiveVote vote = post.activeVotes().get(0);
        assertThat(vote.weight()).isEqualTo(11_269);
        assertThat(vote.rshares()).isEqualTo(189_063_301_560L);
        assertThat(vote.time()).contains(Instant.parse("2017-12-12T20:58:24Z"));
    }

    @Test
    void paidOutPostHasZeroedCurationState() {
        Discussion post = loopback.send("condenser_api/get_content-2018-11.json", api.getContent(ALICE, POST)).orElseThrow();
        assertThat(post.voteRshares()).contains(0L);
        assertThat(post.totalVoteWeight()).contains(BigInteger.ZERO);
        assertThat(post.cashoutTime()).isEmpty();
        assertThat(post.activeVotes().get(0).weight()).isEqualTo(133_571);
        assertThat(post.activeVotes().get(0).rshares()).isEqualTo(1_120_470_569_986L);
    }

    @Test
    void hivemindPostLacksTheSteemdOnlyFields() {
        List<Discussion> posts = loopback.send("condenser_api/get_discussions_by_trending-2020-hivemind-kr.json",
                api.getDiscussionsByTrending(DiscussionQuery.first("kr", 20)));
        Discussion post = posts.get(0);
        assertThat(post.netRshares()).isEqualTo(375_784_394_262_668L);
        assertThat(post.maxAcceptedPayout()).contains(Asset.parse("1000000.000 SBD"));
        assertThat(post.voteRshares()).isEmpty();
        assertThat(post.absRshares()).isEmpty();
        assertThat(post.totalVoteWeight()).isEmpty();
        assertThat(post.rewardWeight()).isEmpty();
        assertThat(post.allowCurationRewards()).isEmpty();
        assertThat(post.allowVotes()).isEmpty();
    }

    @Test
    void configGivesTheVoteConstants() {
        ChainConfig config = loopback.send("condenser_api/get_config-2020.json", api.getConfig());
        assertThat(config.upvoteLockoutSeconds()).isEqualTo(43_200);
        assertThat(config.voteDustThreshold()).isEqualTo(50_000_000);
        assertThat(config.votingManaRegenerationSeconds()).isEqualTo(432_000);
        assertThat(config.hundredPercent()).isEqualTo(10_000);
        ChainConfig empty = new ChainConfig(java.util.Map.of());
        assertThatThrownBy(empty::upvoteLockoutSeconds).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("STEEM_UPVOTE_LOCKOUT_SECONDS");
    }
}
