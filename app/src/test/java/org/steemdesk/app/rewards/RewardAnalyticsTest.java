package org.steemdesk.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.testnode.Recorded;

/**
 * Expected figures are the sums of the fixture's reward fields (every curation_reward has curator jenkinrocket and
 * every author_reward author jenkinrocket): curation 2715.172519 VESTS in all, 931.323081 in October (2017-10-26..31)
 * and 1783.849438 in November; author 17.313 SBD, 0.000 STEEM and 37581.606071 VESTS in all, of which 8.411 SBD and
 * 17759.186980 VESTS in October. SP at the block's rate 190586301.870 STEEM / 391632427652.353443 VESTS, rounded
 * down: 2715.172519 VESTS → 1.321 SP, 37581.606071 VESTS → 18.288 SP.
 */
class RewardAnalyticsTest extends OnCacheDatabase {
    VoteRecords records;
    RewardAnalytics analytics;

    @BeforeEach
    void open() {
        records = new VoteRecords(db);
        analytics = new RewardAnalytics(new HistoryCache(db), new org.steemdesk.app.storage.ChainObjectCache(db),
                queue, records, SteemJson.mapper());
        RewardFixture.load(db);
    }

    @Test
    void readsEveryRewardOfTheFixtureHistoryOldestFirst() {
        List<RewardEvent> events = analytics.events(RewardFixture.ACCOUNT);

        assertThat(events).filteredOn(e -> e.kind() == RewardKind.CURATION).hasSize(83);
        assertThat(events).filteredOn(e -> e.kind() == RewardKind.AUTHOR).hasSize(39);
        assertThat(events).hasSize(122);
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.index()).isEqualTo(14410);
            assertThat(e.author()).isEqualTo("ertwro");
            assertThat(e.permlink()).isEqualTo("genetics-of-anti-aging");
            assertThat(e.amounts().vests()).isEqualTo(Asset.parse("6.168369 VESTS"));
        });
    }

    @Test
    void monthlyTotalsByKind() {
        List<PeriodTotals> months = RewardAnalytics.totals(analytics.events(RewardFixture.ACCOUNT), RewardPeriod.MONTH);

        assertThat(months).extracting(PeriodTotals::label).containsExactly("2017-10", "2017-11");
        PeriodTotals october = months.get(0);
        assertThat(october.of(RewardKind.CURATION).vests()).isEqualTo(Asset.parse("931.323081 VESTS"));
        assertThat(october.of(RewardKind.AUTHOR)).isEqualTo(new RewardAmounts(Asset.parse("0.000 STEEM"),
                Asset.parse("8.411 SBD"), Asset.parse("17759.186980 VESTS")));
        assertThat(october.of(RewardKind.BENEFICIARY).isZero()).isTrue();
        PeriodTotals november = months.get(1);
        assertThat(november.of(RewardKind.CURATION).vests()).isEqualTo(Asset.parse("1783.849438 VESTS"));
        assertThat(november.of(RewardKind.AUTHOR).sbd()).isEqualTo(Asset.parse("8.902 SBD"));
        assertThat(november.of(RewardKind.AUTHOR).vests()).isEqualTo(Asset.parse("19822.419091 VESTS"));
    }

    @Test
    void weeklyAndDailyBucketsAreUtcIsoWeeksAndDays() {
        List<RewardEvent> events = analytics.events(RewardFixture.ACCOUNT);

        List<PeriodTotals> weeks = RewardAnalytics.totals(events, RewardPeriod.WEEK);
        List<PeriodTotals> days = RewardAnalytics.totals(events, RewardPeriod.DAY);

        assertThat(weeks).extracting(PeriodTotals::label).containsExactly("2017-W43", "2017-W44", "2017-W45");
        assertThat(weeks).extracting(PeriodTotals::start).containsExactly(LocalDate.parse("2017-10-23"),
                LocalDate.parse("2017-10-30"), LocalDate.parse("2017-11-06"));
        assertThat(weeks).extracting(w -> w.of(RewardKind.CURATION).vests()).containsExactly(
                Asset.parse("694.926009 VESTS"), Asset.parse("1319.512817 VESTS"), Asset.parse("700.733693 VESTS"));
        assertThat(weeks).extracting(w -> w.of(RewardKind.AUTHOR).vests()).containsExactly(
                Asset.parse("4656.607990 VESTS"), Asset.parse("29581.663102 VESTS"),
                Asset.parse("3343.334979 VESTS"));
        assertThat(days).hasSize(12);
        assertThat(days.get(0).label()).isEqualTo("2017-10-26");
        assertThat(days.get(0).of(RewardKind.CURATION).vests()).isEqualTo(Asset.parse("263.177716 VESTS"));
    }

    @Test
    void allTimeTotalsInSpAtTheCachedVestingPrice() {
        VestingPrice price = analytics.vestingPrice().orElseThrow();
        List<PeriodTotals> months = RewardAnalytics.totals(analytics.events(RewardFixture.ACCOUNT), RewardPeriod.MONTH);
        RewardAmounts curation = months.stream().map(m -> m.of(RewardKind.CURATION))
                .reduce(RewardAmounts.ZERO, RewardAmounts::plus);
        RewardAmounts author = months.stream().map(m -> m.of(RewardKind.AUTHOR))
                .reduce(RewardAmounts.ZERO, RewardAmounts::plus);

        assertThat(curation.vests()).isEqualTo(Asset.parse("2715.172519 VESTS"));
        assertThat(curation.sp(price)).isEqualTo(Asset.parse("1.321 STEEM"));
        assertThat(author).isEqualTo(new RewardAmounts(Asset.parse("0.000 STEEM"), Asset.parse("17.313 SBD"),
                Asset.parse("37581.606071 VESTS")));
        assertThat(author.sp(price)).isEqualTo(Asset.parse("18.288 STEEM"));
    }

    @Test
    void beneficiaryRewardsCountForTheBenefactorOnlyInBothForms() {
        AccountName bob = AccountName.of("bob");
        Instant t = Instant.parse("2020-05-01T10:00:00Z");
        new HistoryCache(db).store(bob, List.of(
                new HistoryEntry(1, "comment_benefactor_reward", t, """
                        [1, {"timestamp": "2020-05-01T10:00:00", "op": ["comment_benefactor_reward",
                        {"benefactor": "bob", "author": "alice", "permlink": "p", "sbd_payout": "1.000 SBD",
                         "steem_payout": "2.000 STEEM", "vesting_payout": "3.000000 VESTS"}]}]"""),
                new HistoryEntry(2, "comment_benefactor_reward", t, """
                        ["comment_benefactor_reward", {"benefactor": "bob", "author": "alice", "permlink": "q",
                         "reward": "5.000000 VESTS"}]"""),
                new HistoryEntry(3, "comment_benefactor_reward", t, """
                        {"op": ["comment_benefactor_reward", {"benefactor": "carol", "author": "bob",
                         "permlink": "r", "reward": "7.000000 VESTS"}]}""")));

        List<PeriodTotals> days = RewardAnalytics.totals(analytics.events(bob), RewardPeriod.DAY);

        assertThat(days).singleElement().satisfies(d -> assertThat(d.of(RewardKind.BENEFICIARY)).isEqualTo(
                new RewardAmounts(Asset.parse("2.000 STEEM"), Asset.parse("1.000 SBD"),
                        Asset.parse("8.000000 VESTS"))));
    }

    /** A vote on @ertwro/genetics-of-anti-aging that Steemdesk sent at {@code voted}. */
    private VoteIntent sentVote(AccountName me, Instant voted) {
        VoteIntent intent = queue.record(VoteRequest.now(me, AccountName.of("ertwro"),
                Permlink.of("genetics-of-anti-aging"), 10_000), voted.minusSeconds(5));
        queue.claim(intent.id(), new SignedTransactionData("{}", "ab".repeat(20), voted.plusSeconds(60)), voted);
        queue.markSent(intent.id(), voted);
        return intent;
    }

    /**
     * That vote, sent by the fixture's account at {@code voted}, recorded with a 0.012 SBD estimate on a post
     * {@code age} old and the curation it expected.
     */
    private void sentAndRecorded(Instant voted, Duration age, Optional<Asset> expectedCuration) {
        VoteIntent intent = sentVote(RewardFixture.ACCOUNT, voted);
        records.record(new VoteRecord(intent.id(), Optional.of(Asset.parse("0.012 SBD")),
                Optional.of(voted.minus(age)), voted, expectedCuration));
    }

    @Test
    void eachCurationRewardIsSetAgainstTheVoteSteemdeskSentAndWhatItRecorded() {
        AccountName me = RewardFixture.ACCOUNT;
        Instant voted = Instant.parse("2017-10-19T09:20:00Z");
        sentAndRecorded(voted, Duration.ofMinutes(15), Optional.empty());

        List<VoteReturn> returns = analytics.voteReturns(me, analytics.events(me));

        assertThat(returns).hasSize(83);
        assertThat(returns.get(0)).satisfies(r -> {
            assertThat(r.curationVests()).isEqualTo(Asset.parse("6.168369 VESTS"));
            assertThat(r.votedAt()).contains(voted);
            assertThat(r.postAgeAtVote()).contains(Duration.ofMinutes(15));
            assertThat(r.estimatedValue()).contains(Asset.parse("0.012 SBD"));
        });
        assertThat(returns.get(1).votedAt()).isEmpty();
        assertThat(returns.get(1).estimatedValue()).isEmpty();
    }

    @Test
    void theSummaryHasEfficiencyPerVoteAprPerPeriodAndTheLastWeekMonthAndAllTime() {
        AccountName me = RewardFixture.ACCOUNT;
        Instant voted = Instant.parse("2017-10-19T09:20:00Z");
        // 6.168369 VESTS were paid: 0.003 SP at the cached rate, half of the 0.006 STEEM expected.
        sentAndRecorded(voted, Duration.ofMinutes(5), Optional.of(Asset.parse("0.006 STEEM")));
        // A stake of 205492.640000 VESTS: 100.002 SP at the cached rate.
        ObjectNode account = (ObjectNode) Recorded.result("get_accounts-2022.json")
                .get(0).deepCopy();
        account.put("name", me.value()).put("vesting_shares", "205492.640000 VESTS")
                .put("delegated_vesting_shares", "0.000000 VESTS").put("received_vesting_shares", "0.000000 VESTS")
                .put("vesting_withdraw_rate", "0.000000 VESTS").put("to_withdraw", 0).put("withdrawn", 0);
        new AccountCache(db).put(me, account.toString(), Instant.EPOCH);
        RewardAnalytics withStake = new RewardAnalytics(new HistoryCache(db), new ChainObjectCache(db), queue,
                records, SteemJson.mapper(), Optional.of(new AccountCache(db)));
        Instant asOf = Instant.parse("2017-11-10T00:00:00Z");

        CurationSummary summary = withStake.summary(me, RewardPeriod.MONTH, asOf);

        VestingPrice price = summary.price().orElseThrow();
        assertThat(summary.stake()).contains(Asset.parse("100.002 STEEM"));
        assertThat(summary.votes().get(0).efficiencyPercent(price)).contains(new BigDecimal("50.0"));
        assertThat(summary.votes().get(1).efficiencyPercent(price)).isEmpty();
        // October: 931.323081 VESTS = 0.453 SP over 31 days on 100.002 SP: 0.453 × 365 / 31 / 100.002 = 5.33 %.
        assertThat(summary.periods()).extracting(y -> y.totals().label()).containsExactly("2017-10", "2017-11");
        assertThat(summary.periods().get(0).curationAprPercent()).contains(new BigDecimal("5.33"));
        assertThat(summary.allTime().curation().vests()).isEqualTo(Asset.parse("2715.172519 VESTS"));
        assertThat(summary.allTime().curationRewards()).isEqualTo(83);
        assertThat(summary.allTime().efficiencyPercent()).contains(new BigDecimal("50.0"));
        List<RewardEvent> events = withStake.events(me);
        for (CurationSummary.Window w : List.of(summary.lastWeek(), summary.lastMonth())) {
            Instant from = asOf.minus(w.span().orElseThrow());
            RewardAmounts expected = events.stream().filter(e -> e.kind() == RewardKind.CURATION
                    && e.time().isAfter(from) && !e.time().isAfter(asOf)).map(RewardEvent::amounts)
                    .reduce(RewardAmounts.ZERO, RewardAmounts::plus);
            assertThat(w.curation()).isEqualTo(expected);
            assertThat(w.curationAprPercent()).isPresent();
        }
        assertThat(summary.lastWeek().curation().vests()).isLessThan(summary.lastMonth().curation().vests());
        // Without a cached account there is no stake to compute an APR on.
        assertThat(analytics.summary(me, RewardPeriod.MONTH, asOf).periods().get(0).curationAprPercent()).isEmpty();
    }
}
