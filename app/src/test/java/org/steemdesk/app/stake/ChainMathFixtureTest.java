package org.steemdesk.app.stake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.node.AccountStakes;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RewardFund;

/**
 * Expected values worked out by hand (exact integer arithmetic, each step written out below) from the recorded
 * responses in src/test/resources/fixtures, copied from shared/fixtures.
 */
class ChainMathFixtureTest {

    private final JsonNode inertia2022 = Fixtures.result("get_accounts-2022.json").get(0);
    private final JsonNode dgp2022 = Fixtures.result("get_dynamic_global_properties-2022.json");

    @Test
    void effectiveVestingSharesMatchTheNodesLegacyVotingPower() {
        // 117295.640891 + 2035812.208844 − 93867.151911 VESTS, no power down (next withdrawal 1969-12-31T23:59:59)
        AccountStake stake = Fixtures.stake(inertia2022);
        assertThat(stake.poweringDown()).isFalse();
        assertThat(StakeMath.effectiveVestingShares(stake)).isEqualTo(Asset.parse("2059240.697824 VESTS"));
        // condenser's legacy voting_power is the mana percentage at last_update_time:
        // 289685842766 × 10000 / 2059240697824 = 1406.7 → 1406
        Manabar bar = Fixtures.votingManabar(inertia2022);
        assertThat(bar.percentBasisPoints()).isEqualTo(inertia2022.path("voting_power").asInt()).isEqualTo(1406);

        // 2020: 31868302.646639 + 3330387.374098 − 15922027.502727 = 19276662.518010 VESTS;
        // 17781336976767 × 10000 / 19276662518010 = 9224.2 → 9224 = voting_power
        JsonNode inertia2020 = Fixtures.result("get_accounts-2020.json").get(0);
        assertThat(Fixtures.votingManabar(inertia2020).percentBasisPoints())
                .isEqualTo(inertia2020.path("voting_power").asInt()).isEqualTo(9224);
    }

    @Test
    void votingManaRegeneratesToTheHeadBlockTime() {
        // last update 1659220767 (2022-07-30T22:39:27, = last_vote_time), head time 2022-07-30T23:28:48 = 1659223728:
        // dt = 2961 s; regen = 2059240697824 × 2961 / 432000 = 14114378949 (rounded down)
        // mana = 289685842766 + 14114378949 = 303800221715 → 1475 basis points
        Manabar now = Fixtures.votingManabar(inertia2022).at(Fixtures.time(dgp2022.path("time")));
        assertThat(now.lastUpdate()).isEqualTo(Instant.ofEpochSecond(1_659_223_728L));
        assertThat(now.currentMana()).isEqualTo(303_800_221_715L);
        assertThat(now.percentBasisPoints()).isEqualTo(1475);
        // Five days or more later it is full, never above the maximum.
        assertThat(now.at(now.lastUpdate().plusSeconds(432_000)).currentMana()).isEqualTo(2_059_240_697_824L);
    }

    @Test
    void voteRsharesFollowTheHf20EvaluatorWithTheNodesParameters() throws Exception {
        DynamicGlobalProperties props = typed(dgp2022, DynamicGlobalProperties.class);
        VoteRules rules = VoteRules.of(props, typed(Fixtures.result("get_config-2020.json"), ChainConfig.class));
        // vote_power_reserve_rate 10 and downvote_pool_percent 2500 (dgp), 432000 s, 50,000,000, 43200 s (get_config)
        assertThat(rules).isEqualTo(new VoteRules(10_000, 300, 2500, 10, 432_000, 50_000_000, 43_200));
        Account inertia = typed(inertia2022, Account.class);
        VoterMana mana = VoterMana.of(AccountStakes.stake(inertia), inertia.votingManabar(), inertia.downvoteManabar(),
                rules).at(props.time());
        assertThat(mana.voting().currentMana()).isEqualTo(303_800_221_715L); // as votingManaRegeneratesToTheHeadBlockTime

        // 100%: 303800221715 × 10000 × 86400 / 10000 = 26248339156176000; / (10 × 432000) = 6076004434.3 → ceil 6076004435
        long used = mana.usedMana(10_000, rules);
        assertThat(used).isEqualTo(6_076_004_435L);
        // 50%: 303800221715 × 5000 × 86400 / 10000 / 4320000 = 3038002217.15 → 3038002218
        assertThat(mana.usedMana(5_000, rules)).isEqualTo(3_038_002_218L);
        // A downvote draws on the downvote manabar, full at 2059240697824 × 2500 / 10000 = 514810174456; its mana counts
        // as max(514810174456 × 10000 / 2500, 303800221715) = 2059240697824, so -100% uses
        // 2059240697824 × 86400 / 4320000 = 41184813956.48 → 41184813957: far more than an upvote at 14 % voting mana.
        assertThat(mana.downvote().orElseThrow().currentMana()).isEqualTo(514_810_174_456L);
        assertThat(mana.usedMana(-10_000, rules)).isEqualTo(41_184_813_957L);

        // Reward fund "post" of 2018 (NAI array ["737567910", 3, "@@000000021"] = 737567.910 STEEM, curves linear and
        // square_root) at the 2022 median 103421689.821 SBD / 411305617.537 STEEM:
        // pot = 737567910 × 103421689821 / 411305617537 = 185459464 (185459.464 SBD);
        // rshares 6076004435 − 50000000 = 6026004435 claim linearly: 6026004435 × 185459464 / 447132212755051084 = 2.49
        RewardFund fund = SteemJson.mapper().treeToValue(
                Fixtures.result("get_reward_funds-2018.json").path("funds").get(0), RewardFund.class);
        JsonNode median = Fixtures.result("get_feed_history-2022.json").path("current_median_history");
        RewardPool pool = RewardPool.of(fund, new Price(Fixtures.asset(median.path("base")),
                Fixtures.asset(median.path("quote"))));
        assertThat(pool.authorCurve()).isEqualTo(RewardCurve.LINEAR);
        assertThat(pool.toSbd(Asset.parse("737567.910 STEEM"))).isEqualTo(Asset.parse("185459.464 SBD"));
        assertThat(pool.pendingPayout(used - rules.voteDustThreshold())).isEqualTo(Asset.parse("0.002 SBD"));
    }

    private static <T> T typed(JsonNode json, Class<T> type) throws Exception {
        return SteemJson.mapper().treeToValue(json, type);
    }

    @Test
    void steemPowerAndVestsConvertAtTheGlobalRate() {
        // total_vesting_fund_steem 157102910.021 STEEM, total_vesting_shares 283918139943.616774 VESTS
        VestingPrice price = new VestingPrice(Fixtures.asset(dgp2022.path("total_vesting_fund_steem")),
                Fixtures.asset(dgp2022.path("total_vesting_shares")));
        // 2059240697824 × 157102910021 / 283918139943616774 = 1139457.6 → 1139.457 SP
        assertThat(price.toSteem(Asset.parse("2059240.697824 VESTS"))).isEqualTo(Asset.parse("1139.457 STEEM"));
        // 1000.000 STEEM: 1000000 × 283918139943616774 / 157102910021 = 1807211208918.6 → 1807211.208918 VESTS
        assertThat(price.toVests(Asset.parse("1000.000 STEEM"))).isEqualTo(Asset.parse("1807211.208918 VESTS"));
    }

    @Test
    void resourceCreditsFromRcApi() {
        JsonNode rc = Fixtures.result("find_rc_accounts-2018.json").path("rc_accounts").get(0);
        long max = Long.parseLong(rc.path("max_rc").asText());
        long current = Long.parseLong(rc.path("rc_manabar").path("current_mana").asText());
        Instant last = Instant.ofEpochSecond(rc.path("rc_manabar").path("last_update_time").asLong());
        // 1184100902527 × 10000 / 11050772275233 = 1071.5 → 1071
        assertThat(ResourceCredits.percentBasisPoints(max, current, last, last)).isEqualTo(1071);
        // one day later: + 11050772275233 × 86400 / 432000 = 2210154455046 → 3394255357573 → 3071
        assertThat(ResourceCredits.percentBasisPoints(max, current, last, last.plusSeconds(86_400))).isEqualTo(3071);
    }

    @Test
    void powerDownUsesTheIntervalsFromGetConfig() {
        JsonNode config = Fixtures.result("get_config-2020.json");
        int intervals = config.path("STEEM_VESTING_WITHDRAW_INTERVALS_HF_23").asInt();
        assertThat(intervals).isEqualTo(4);
        // 117295.640891 VESTS / 4 = 29323.910222 remainder 0.000003, so HF21 rounds the rate up to 29323.910223
        // and the fourth week pays the rest: 117295.640891 − 3 × 29323.910223 = 29323.910222
        PowerDownPlan plan = new PowerDownPlan(Asset.parse("117295.640891 VESTS"), intervals);
        assertThat(plan.weeklyRate()).isEqualTo(Asset.parse("29323.910223 VESTS"));
        assertThat(plan.instalments()).containsExactly(Asset.parse("29323.910223 VESTS"),
                Asset.parse("29323.910223 VESTS"), Asset.parse("29323.910223 VESTS"),
                Asset.parse("29323.910222 VESTS"));
        // With the pre-HF23 13 intervals the same stake goes out in 13 weeks (9022.741607 each, remainder 0.000000).
        PowerDownPlan old = new PowerDownPlan(Asset.parse("117295.640891 VESTS"),
                config.path("STEEM_VESTING_WITHDRAW_INTERVALS").asInt());
        assertThat(old.weeklyRate()).isEqualTo(Asset.parse("9022.741607 VESTS"));
        assertThat(old.instalments()).hasSize(13);
    }

    @Test
    void delegationAndPowerDownLimits() {
        AccountStake stake = Fixtures.stake(inertia2022);
        // own 117295.640891 − delegated 93867.151911 = 23428.488980 VESTS; received delegations don't count
        assertThat(StakeMath.delegatableVestingShares(stake)).isEqualTo(Asset.parse("23428.488980 VESTS"));
        assertThat(StakeMath.withdrawableVestingShares(stake)).isEqualTo(Asset.parse("23428.488980 VESTS"));

        // The same account powering down 40000 VESTS at 10000/week, 10000 already paid:
        AccountStake poweringDown = new AccountStake(stake.vestingShares(), stake.delegatedVestingShares(),
                stake.receivedVestingShares(), Asset.parse("10000.000000 VESTS"), 40_000_000_000L, 10_000_000_000L,
                Instant.parse("2022-08-06T22:00:00Z"));
        assertThat(poweringDown.poweringDown()).isTrue();
        // remaining power down 30000 VESTS blocks delegating: 23428.488980 − 30000 < 0 → 0
        assertThat(StakeMath.delegatableVestingShares(poweringDown)).isEqualTo(Asset.zero(AssetSymbol.VESTS));
        // effective: 2059240.697824 − min(10000, 30000) = 2049240.697824
        assertThat(StakeMath.effectiveVestingShares(poweringDown)).isEqualTo(Asset.parse("2049240.697824 VESTS"));
    }
}
