package org.steemdesk.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.wallet.DelegationBook;
import org.steemdesk.app.wallet.PowerDownRoutes;
import org.steemdesk.app.wallet.RecoveryStatus;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.app.wallet.WitnessBoard;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** The overview sections' lines and the requests their buttons open the sheet on, without a toolkit. */
class OverviewModelTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant WHEN = Instant.parse("2026-12-01T00:00:00Z");

    private static OverviewModel model(Language language) {
        Messages messages = new Messages(language);
        return new OverviewModel(messages, new Formats(messages, ZoneOffset.UTC));
    }

    @Test
    void aRouteLineRemovesThatRouteAndTheRestIsSaid() {
        var routes = new PowerDownRoutes(List.of(new WithdrawRoute("alice", "bob", 2500, true)), List.of(), 2500,
                10_000, 10);
        List<OverviewRow> rows = model(Language.ENGLISH).routes(routes, ALICE);
        assertThat(rows).extracting(OverviewRow::text).containsExactly("To @bob: 25% as Steem Power",
                "The rest (75%) is paid to @alice.");
        assertThat(rows.get(0).action()).contains(new WalletRequest.WithdrawRoute(AccountName.of("bob"), 0, false));
        assertThat(model(Language.ENGLISH).routes(new PowerDownRoutes(List.of(), List.of(), 0, 10_000, 10), ALICE))
                .extracting(OverviewRow::text).containsExactly("No route: every power-down payment goes to @alice.");
    }

    @Test
    void aWaitingRecoveryChangeIsCancelledByNamingTheCurrentAccountAgain() {
        var status = new RecoveryStatus("steem", Optional.of("thief"), Optional.of(WHEN), Optional.empty());
        List<OverviewRow> rows = model(Language.KOREAN).recovery(status);
        assertThat(rows.get(0).text()).isEqualTo("복구 계정: @steem");
        assertThat(rows.get(1).text()).startsWith("@thief(으)로 바꾸는 변경이 대기 중");
        assertThat(rows.get(1).action()).contains(new WalletRequest.ChangeRecoveryAccount(AccountName.of("steem")));
    }

    @Test
    void witnessVotesCanBeTakenBackAndAProxyCleared() {
        var board = new WitnessBoard(List.of(new WitnessBoard.Entry(3, "good-witness", "", 1, false, true, "0.23.1")),
                List.of(), List.of("good-witness", "far-witness"), Optional.of("carol"), 30);
        List<OverviewRow> rows = model(Language.ENGLISH).witnesses(board);
        assertThat(rows).extracting(OverviewRow::text).containsExactly(
                "Your proxy @carol votes for witnesses in your name.", "You vote for 2 of at most 30 witnesses.",
                "@good-witness (rank 3)", "@far-witness (outside the top 30)");
        assertThat(rows.get(0).action()).contains(new WalletRequest.WitnessProxy(Optional.empty()));
        assertThat(rows.get(2).action()).contains(new WalletRequest.WitnessVote(AccountName.of("good-witness"),
                false));
    }

    @Test
    void delegationsOutCanBeUndelegatedAndReturningOnesSayWhen() {
        var book = new DelegationBook(
                List.of(new DelegationBook.Outgoing("bob", Asset.parse("20000.000000 VESTS"), Asset.steem("10.000"),
                        WHEN)),
                List.of(), List.of(new DelegationBook.Returning(Asset.parse("2000.000000 VESTS"), Asset.steem("1.000"),
                        WHEN)), Asset.zero(AssetSymbol.VESTS), Asset.zero(AssetSymbol.STEEM),
                Asset.zero(AssetSymbol.VESTS));
        List<OverviewRow> rows = model(Language.ENGLISH).delegations(book);
        assertThat(rows.get(0).text()).startsWith("To @bob: 10.000 SP");
        assertThat(rows.get(0).action()).contains(new WalletRequest.Delegate(AccountName.of("bob"),
                StakeAmount.vests(Asset.zero(AssetSymbol.VESTS))));
        assertThat(rows.get(1).text()).startsWith("1.000 SP returns to you on");
    }

    @Test
    void aDelegationWhoseSpDoesNotBuyItsVestsSaysWhyInATooltip() {
        var book = new DelegationBook(List.of(
                new DelegationBook.Outgoing("bob", Asset.parse("18839.957676 VESTS"), Asset.steem("10.000"), WHEN, true),
                new DelegationBook.Outgoing("carol", Asset.parse("18839.957677 VESTS"), Asset.steem("9.999"), WHEN,
                        false)), List.of(), List.of(), Asset.zero(AssetSymbol.VESTS), Asset.zero(AssetSymbol.STEEM),
                Asset.zero(AssetSymbol.VESTS));
        List<OverviewRow> english = model(Language.ENGLISH).delegations(book);
        assertThat(english.get(0).tooltip()).isEmpty();
        assertThat(english.get(1).tooltip()).hasValueSatisfying(tip -> assertThat(tip)
                .startsWith("18,839.957677 VESTS are worth 9.999 SP at today's price").contains("price moves"));
        assertThat(model(Language.KOREAN).delegations(book).get(1).tooltip()).hasValueSatisfying(tip ->
                assertThat(tip).contains("SP/VESTS 가격"));
    }
}
