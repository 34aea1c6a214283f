package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;

/** The checks on a recipient before funds leave: exchange memos, look-alike names, the phishing list. */
class RecipientChecksTest {
    private final Clock clock = Clock.systemUTC();
    @TempDir
    Path dir;

    @RegisterExtension
    final PlanningDesk desk = new PlanningDesk(WalletFixture.chain(clock)
            .account("upbit-exchange", Map.of()).account("upblt-exchange", Map.of()).account("aalpha", Map.of())
            .account("kimchi", Map.of()).account("kimchl", Map.of()).account("seoul.kor", Map.of())
            .account("seoul.koor", Map.of()), () -> dir);
    private final WalletChain chain = desk.chain;

    private WalletPlan plan(WalletRequest request) {
        return desk.plan(request, KeyRole.ACTIVE);
    }

    private void assertRefused(WalletRequest request, Reason reason, String... details) {
        desk.assertRefused(request, reason, details);
    }

    private static WalletRequest.Transfer transfer(String to, String memo, String confirmed) {
        return new WalletRequest.Transfer(AccountName.of(to), Asset.parse("1.000 STEEM"), memo,
                Optional.ofNullable(confirmed).map(AccountName::of));
    }

    @Test
    void anExchangeDepositNeedsAMemoAndNoSavingsTransfer() {
        assertRefused(transfer("upbit-exchange", "", null), Reason.EXCHANGE_NEEDS_MEMO, "upbit-exchange");
        assertRefused(transfer("upbit-exchange", "  ", null), Reason.EXCHANGE_NEEDS_MEMO, "upbit-exchange");
        assertThat(plan(transfer("upbit-exchange", "1234567", null)).operationsJson()).contains("\"memo\":\"1234567\"");
        assertRefused(new WalletRequest.SavingsWithdraw(AccountName.of("upbit-exchange"), Asset.parse("1.000 STEEM"),
                "1234567"), Reason.SAVINGS_TO_EXCHANGE, "upbit-exchange");
        assertRefused(new WalletRequest.SavingsDeposit(AccountName.of("upbit-exchange"), Asset.parse("1.000 STEEM"),
                "1234567"), Reason.SAVINGS_TO_EXCHANGE, "upbit-exchange");
    }

    @Test
    void aNameASlipAwayFromAnExchangeMustBeConfirmedByName() {
        assertRefused(transfer("upblt-exchange", "1234567", null), Reason.LOOKALIKE_RECIPIENT, "upblt-exchange",
                "upbit-exchange");
        assertRefused(transfer("upblt-exchange", "1234567", "upbit-exchange"), Reason.LOOKALIKE_RECIPIENT,
                "upblt-exchange", "upbit-exchange");
        assertThat(plan(transfer("upblt-exchange", "1234567", "upblt-exchange")).operationsJson())
                .contains("\"to\":\"upblt-exchange\"");
    }

    @Test
    void aNameASlipAwayFromARecentRecipientOrAFollowedAccountMustBeConfirmed() {
        chain.history("alice", "transfer", Map.of("from", "alice", "to", "kimchi", "amount", "2.000 STEEM",
                "memo", ""), "11".repeat(20));
        chain.answer("condenser_api.get_following", params -> {
            ArrayNode list = SteemJson.mapper().createArrayNode();
            if (params.get(1).asText().isEmpty()) {
                ObjectNode f = list.addObject();
                f.put("follower", "alice");
                f.put("following", "seoul.kor");
                f.putArray("what").add("blog");
            }
            return list;
        });
        assertRefused(transfer("kimchl", "", null), Reason.LOOKALIKE_RECIPIENT, "kimchl", "kimchi");
        assertRefused(transfer("seoul.koor", "", null), Reason.LOOKALIKE_RECIPIENT, "seoul.koor", "seoul.kor");
        assertThat(plan(transfer("kimchi", "", null)).operationsJson()).contains("\"to\":\"kimchi\"");
        assertThat(plan(transfer("seoul.kor", "", null)).operationsJson()).contains("\"to\":\"seoul.kor\"");
        assertThat(plan(transfer("bob", "", null)).operationsJson()).contains("\"to\":\"bob\"");
    }

    @Test
    void aNameOnThePhishingListIsRefusedUnlessConfirmed() {
        assertRefused(transfer("aalpha", "", null), Reason.FLAGGED_RECIPIENT, "aalpha");
        assertThat(plan(transfer("aalpha", "", "aalpha")).operationsJson()).contains("\"to\":\"aalpha\"");
    }

    @Test
    void theListsComeWithTheirSourceAndLookAlikesCountTypingSlips() {
        RecipientLists lists = RecipientLists.bundled();
        assertThat(lists.isExchange("upbit-exchange")).isTrue();
        assertThat(lists.isExchange("deepcrypto8")).isTrue();
        assertThat(lists.isPhishing("upblt")).isTrue();
        assertThat(lists.isPhishing("alice")).isFalse();
        assertThat(LookAlikeNames.distance("upbit-exchange", "upblt-exchange")).isEqualTo(1);
        assertThat(LookAlikeNames.distance("bittrex", "bitrtex")).isEqualTo(1);
        assertThat(LookAlikeNames.distance("poloniex", "polonix")).isEqualTo(1);
        assertThat(LookAlikeNames.closest("bob", java.util.List.of("rob"))).contains("rob");
        assertThat(LookAlikeNames.closest("bob", java.util.List.of("bill"))).isEmpty();
        assertThat(LookAlikeNames.closest("blocktrdaes", java.util.List.of("blocktrades", "bittrex")))
                .contains("blocktrades");
        assertThat(LookAlikeNames.closest("alice", java.util.List.of("alice"))).isEmpty();
    }
}
