package org.steemdesk.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.keys.MemoReading;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** History rows as sentences in both languages, without a toolkit. */
class HistorySentencesTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant T = Instant.parse("2026-11-01T12:00:00Z");
    /** 1 SP = 2 VESTS exactly, so conversions are easy to check. */
    private static final VestingPrice TODAY = new VestingPrice(Asset.parse("1000000.000 STEEM"),
            Asset.parse("2000000.000000 VESTS"));
    private static final VestsPrices CURRENT = VestsPrices.of(List.of(), Optional.of(TODAY));

    private static HistorySentences sentences(Language language) {
        Messages messages = new Messages(language);
        return new HistorySentences(messages, new Formats(messages, ZoneOffset.UTC));
    }

    private static HistoryEntry entry(long index, Instant at, String op, String fields) {
        return new HistoryEntry(index, op, at, "[" + index + ",{\"trx_id\":\"00\",\"block\":1,\"timestamp\":\""
                + at.toString().replace("Z", "") + "\",\"op\":[\"" + op + "\"," + fields + "]}]");
    }

    private static HistoryEntry entry(String op, String fields) {
        return entry(1, T, op, fields);
    }

    private static String en(HistoryEntry e) {
        return sentences(Language.ENGLISH).line(e, ALICE, CURRENT).sentence();
    }

    private static String ko(HistoryEntry e) {
        return sentences(Language.KOREAN).line(e, ALICE, CURRENT).sentence();
    }

    /** {@code e} reads {@code english} in English and {@code korean} in Korean. */
    private static void reads(HistoryEntry e, String english, String korean) {
        assertThat(en(e)).isEqualTo(english);
        assertThat(ko(e)).isEqualTo(korean);
    }

    @Test
    void transfersReadBothWaysInBothLanguages() {
        HistoryEntry sent = entry("transfer", "{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1234.500 STEEM\","
                + "\"memo\":\"rent\"}");
        reads(sent, "Sent 1,234.500 STEEM to bob", "bob에게 1,234.500 STEEM 송금");
        HistoryEntry received = entry("transfer", "{\"from\":\"bob\",\"to\":\"alice\",\"amount\":\"0.250 SBD\","
                + "\"memo\":\"#abc\"}");
        reads(received, "Received 0.250 SBD from bob", "bob님에게서 0.250 SBD 받음");
        HistoryLine line = sentences(Language.ENGLISH).line(received, ALICE, CURRENT);
        assertThat(line.kind()).isEqualTo("Transfer");
        assertThat(line.memo()).contains("#abc");
        assertThat(line.tooltip()).isEmpty();
    }

    @Test
    void delegationsAndRewardsAreInSpNeverVests() {
        HistoryEntry delegated = entry("delegate_vesting_shares", "{\"delegator\":\"alice\",\"delegatee\":\"carol\","
                + "\"vesting_shares\":\"20000.000000 VESTS\"}");
        reads(delegated, "Delegated 10,000.000 SP to carol", "carol에게 10,000.000 SP 임대");
        HistoryEntry received = entry("delegate_vesting_shares", "{\"delegator\":\"bob\",\"delegatee\":\"alice\","
                + "\"vesting_shares\":\"20.000000 VESTS\"}");
        assertThat(en(received)).isEqualTo("bob delegated 10.000 SP to you");
        HistoryEntry removed = entry("delegate_vesting_shares", "{\"delegator\":\"alice\",\"delegatee\":\"carol\","
                + "\"vesting_shares\":\"0.000000 VESTS\"}");
        assertThat(en(removed)).isEqualTo("Removed the delegation to carol");
        HistoryEntry curation = entry("curation_reward", "{\"curator\":\"alice\",\"reward\":\"3.000000 VESTS\","
                + "\"comment_author\":\"bob\",\"comment_permlink\":\"lunch\"}");
        reads(curation, "Curation reward of 1.500 SP for @bob/lunch", "@bob/lunch 큐레이션 보상 1.500 SP");
        HistoryEntry claim = entry("claim_reward_balance", "{\"account\":\"alice\",\"reward_steem\":\"0.000 STEEM\","
                + "\"reward_sbd\":\"1.000 SBD\",\"reward_vests\":\"4.000000 VESTS\"}");
        assertThat(en(claim)).isEqualTo("Claimed 1.000 SBD, 2.000 SP");
        assertThat(sentences(Language.ENGLISH).line(curation, ALICE, CURRENT).tooltip()).hasValueSatisfying(tip ->
                assertThat(tip).startsWith("VESTS shown as SP at today's price"));
    }

    @Test
    void vestsNearAPowerDownPaymentAreConvertedAtThatPaymentsPrice() {
        HistoryEntry payment = entry(5, T.minusSeconds(86_400), "fill_vesting_withdraw", "{\"from_account\":\"alice\","
                + "\"to_account\":\"alice\",\"withdrawn\":\"3000.000000 VESTS\",\"deposited\":\"1000.000 STEEM\"}");
        HistoryEntry curation = entry(6, T, "curation_reward", "{\"curator\":\"alice\",\"reward\":\"3.000000 VESTS\","
                + "\"comment_author\":\"bob\",\"comment_permlink\":\"lunch\"}");
        VestsPrices prices = VestsPrices.of(List.of(payment, curation), Optional.of(TODAY));
        HistoryLine line = sentences(Language.ENGLISH).line(curation, ALICE, prices);
        assertThat(line.sentence()).isEqualTo("Curation reward of 1.000 SP for @bob/lunch");
        assertThat(line.tooltip()).hasValueSatisfying(tip -> assertThat(tip).startsWith("VESTS shown as SP at the "
                + "price of"));
        assertThat(sentences(Language.ENGLISH).line(payment, ALICE, prices).sentence())
                .isEqualTo("Power-down payment of 1,000.000 STEEM");
        HistoryEntry muchLater = entry(7, T.plusSeconds(90L * 86_400), "curation_reward", "{\"curator\":\"alice\","
                + "\"reward\":\"3.000000 VESTS\",\"comment_author\":\"bob\",\"comment_permlink\":\"lunch\"}");
        assertThat(sentences(Language.ENGLISH).line(muchLater, ALICE, prices).sentence())
                .isEqualTo("Curation reward of 1.500 SP for @bob/lunch");
    }

    @Test
    void everyKnownKindHasASentenceInBothLanguages() {
        List<HistoryEntry> all = List.of(
                entry("transfer_to_vesting", "{\"from\":\"alice\",\"to\":\"alice\",\"amount\":\"5.000 STEEM\"}"),
                entry("withdraw_vesting", "{\"account\":\"alice\",\"vesting_shares\":\"0.000000 VESTS\"}"),
                entry("transfer_to_savings", "{\"from\":\"alice\",\"to\":\"alice\",\"amount\":\"5.000 SBD\","
                        + "\"memo\":\"\"}"),
                entry("transfer_from_savings", "{\"from\":\"alice\",\"request_id\":7,\"to\":\"alice\","
                        + "\"amount\":\"5.000 SBD\",\"memo\":\"\"}"),
                entry("account_witness_vote", "{\"account\":\"alice\",\"witness\":\"good-witness\",\"approve\":true}"),
                entry("vote", "{\"voter\":\"alice\",\"author\":\"bob\",\"permlink\":\"lunch\",\"weight\":5000}"),
                entry("comment", "{\"parent_author\":\"alice\",\"parent_permlink\":\"lunch\",\"author\":\"bob\","
                        + "\"permlink\":\"re-lunch\",\"title\":\"\",\"body\":\"hi\",\"json_metadata\":\"\"}"),
                entry("set_withdraw_vesting_route", "{\"from_account\":\"alice\",\"to_account\":\"bob\","
                        + "\"percent\":2500,\"auto_vest\":false}"));
        assertThat(all).extracting(HistorySentencesTest::en).containsExactly("Powered up 5.000 STEEM",
                "Stopped the power down", "Moved 5.000 SBD to savings",
                "Asked to withdraw 5.000 SBD from savings (request 7)", "Voted for witness good-witness",
                "Voted 50% on @bob/lunch", "bob replied to @alice/lunch", "Power-down route: 25% to bob");
        assertThat(all).extracting(HistorySentencesTest::ko).containsExactly("5.000 STEEM 파워업", "파워다운 중지",
                "5.000 SBD 세이빙 예치", "세이빙에서 5.000 SBD 인출 요청 (요청 7)", "증인 good-witness에게 투표",
                "@bob/lunch에 50% 보팅", "bob님이 @alice/lunch에 댓글", "파워다운 경로: bob에게 25%");
    }

    @Test
    void anUnknownKindIsSummedUpByItsFieldsNeverAsJson() {
        HistoryEntry odd = entry("limit_order_create", "{\"owner\":\"alice\",\"orderid\":9,"
                + "\"amount_to_sell\":\"1000.000 STEEM\",\"min_to_receive\":{\"amount\":\"1\"},\"fill_or_kill\":false}");
        HistoryLine line = sentences(Language.KOREAN).line(odd, ALICE, CURRENT);
        assertThat(line.kind()).isEqualTo("limit_order_create");
        assertThat(line.sentence()).isEqualTo("owner: alice, orderid: 9, amount to sell: 1,000.000 STEEM, "
                + "fill or kill: false").doesNotContain("{");
    }

    @Test
    void memosSayWhyTheyCannotBeRead() {
        HistorySentences en = sentences(Language.ENGLISH);
        HistorySentences ko = sentences(Language.KOREAN);
        assertThat(en.memo(new MemoReading.Decrypted("점심 고마워"))).isEqualTo("점심 고마워");
        assertThat(en.memo(new MemoReading.Locked())).isEqualTo("Encrypted memo (unlock to read)");
        assertThat(ko.memo(new MemoReading.Locked())).isEqualTo("암호화된 메모 (잠금을 풀면 읽을 수 있음)");
        assertThat(en.memo(new MemoReading.Unreadable(MemoReading.Why.DAMAGED))).contains("does not decrypt");
        assertThat(ko.memo(new MemoReading.NoMemoKey())).contains("메모 키가 없음");
    }
}
