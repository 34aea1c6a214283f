package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;

/** Balances rebuilt backwards from today's through the cached history. */
class BalanceTimelineTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant DAY1 = Instant.parse("2026-11-20T00:00:00Z");
    private static final VestingPrice PRICE = new VestingPrice(Asset.parse("1000000.000 STEEM"),
            Asset.parse("2000000.000000 VESTS"));

    private static HistoryEntry entry(long index, String op, String fields) {
        Instant at = DAY1.plusSeconds(86_400 * index);
        return new HistoryEntry(index, op, at, "[" + index + ",{\"timestamp\":\"" + at.toString().replace("Z", "")
                + "\",\"op\":[\"" + op + "\"," + fields + "]}]");
    }

    private static BalanceTimeline.Point point(Instant at, String steem, String sbd, String vests, String savSteem,
                                               String savSbd) {
        return new BalanceTimeline.Point(at, Asset.parse(steem), Asset.parse(sbd), Asset.parse(vests),
                Asset.parse(savSteem), Asset.parse(savSbd));
    }

    @Test
    void eachOperationIsUndoneFromTodaysBalances() {
        List<HistoryEntry> newestFirst = List.of(
                entry(5, "claim_reward_balance", "{\"account\":\"alice\",\"reward_steem\":\"0.000 STEEM\","
                        + "\"reward_sbd\":\"1.000 SBD\",\"reward_vests\":\"4.000000 VESTS\"}"),
                entry(4, "delegate_vesting_shares", "{\"delegator\":\"alice\",\"delegatee\":\"bob\","
                        + "\"vesting_shares\":\"10.000000 VESTS\"}"),
                entry(3, "transfer_to_savings", "{\"from\":\"alice\",\"to\":\"alice\",\"amount\":\"10.000 SBD\","
                        + "\"memo\":\"\"}"),
                entry(2, "transfer_to_vesting", "{\"from\":\"alice\",\"to\":\"alice\",\"amount\":\"100.000 STEEM\"}"),
                entry(1, "transfer", "{\"from\":\"bob\",\"to\":\"alice\",\"amount\":\"5.000 STEEM\",\"memo\":\"\"}"));
        Instant today = DAY1.plusSeconds(86_400 * 10);
        List<BalanceTimeline.Point> points = BalanceTimeline.backwards(ALICE,
                point(today, "50.000 STEEM", "20.000 SBD", "1000.000000 VESTS", "0.000 STEEM", "10.000 SBD"),
                newestFirst, Optional.of(PRICE));
        assertThat(points).containsExactly(
                point(DAY1.plusSeconds(86_399), "145.000 STEEM", "29.000 SBD", "796.000000 VESTS", "0.000 STEEM",
                        "0.000 SBD"),
                point(DAY1.plusSeconds(86_400), "150.000 STEEM", "29.000 SBD", "796.000000 VESTS", "0.000 STEEM",
                        "0.000 SBD"),
                // the power-up's VESTS at today's price (the history has no transfer_to_vesting_completed)
                point(DAY1.plusSeconds(2 * 86_400), "50.000 STEEM", "29.000 SBD", "996.000000 VESTS", "0.000 STEEM",
                        "0.000 SBD"),
                point(DAY1.plusSeconds(3 * 86_400), "50.000 STEEM", "19.000 SBD", "996.000000 VESTS", "0.000 STEEM",
                        "10.000 SBD"),
                point(DAY1.plusSeconds(4 * 86_400), "50.000 STEEM", "19.000 SBD", "996.000000 VESTS", "0.000 STEEM",
                        "10.000 SBD"),
                point(DAY1.plusSeconds(5 * 86_400), "50.000 STEEM", "20.000 SBD", "1000.000000 VESTS", "0.000 STEEM",
                        "10.000 SBD"),
                point(today, "50.000 STEEM", "20.000 SBD", "1000.000000 VESTS", "0.000 STEEM", "10.000 SBD"));
    }

    @Test
    void aSavingsWithdrawalLeavesWhenAskedAndACancelPutsItBack() {
        List<HistoryEntry> newestFirst = List.of(
                entry(3, "cancel_transfer_from_savings", "{\"from\":\"alice\",\"request_id\":7}"),
                entry(2, "transfer_from_savings", "{\"from\":\"alice\",\"request_id\":7,\"to\":\"alice\","
                        + "\"amount\":\"30.000 STEEM\",\"memo\":\"\"}"),
                entry(1, "fill_vesting_withdraw", "{\"from_account\":\"alice\",\"to_account\":\"alice\","
                        + "\"withdrawn\":\"20.000000 VESTS\",\"deposited\":\"10.000 STEEM\"}"));
        Instant today = DAY1.plusSeconds(86_400 * 10);
        List<BalanceTimeline.Point> points = BalanceTimeline.backwards(ALICE,
                point(today, "10.000 STEEM", "0.000 SBD", "80.000000 VESTS", "30.000 STEEM", "0.000 SBD"),
                newestFirst, Optional.empty());
        assertThat(points).extracting(BalanceTimeline.Point::savingsSteem).containsExactly(Asset.parse("30.000 STEEM"),
                Asset.parse("30.000 STEEM"), Asset.parse("0.000 STEEM"), Asset.parse("30.000 STEEM"),
                Asset.parse("30.000 STEEM"));
        assertThat(points.get(0).vests()).isEqualTo(Asset.parse("100.000000 VESTS"));
        assertThat(points.get(0).steem()).isEqualTo(Asset.parse("0.000 STEEM"));
    }
}
