package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.testnode.Recorded;

/** What the wallet page shows beside the balances, read from a loopback node. */
class WalletOverviewTest {
    private final Clock clock = Clock.systemUTC();
    private final WalletChain chain = WalletFixture.chain(clock);
    private final WalletOverview overview = new WalletOverview(chain::api);

    @AfterEach
    void stop() {
        chain.close();
    }

    @Test
    void witnessesAreListedByApprovalWithTheAccountsVotesAndDisabledOnesMarked() {
        chain.update("alice", Map.of("witness_votes", List.of("wit-bravo", "wit-far-away"), "witnesses_voted_for", 2));
        chain.answer("condenser_api.get_witnesses_by_vote", params -> {
            ArrayNode list = SteemJson.mapper().createArrayNode();
            list.add(witness("good-witness", 74_000_000_000_000_000L, false));
            list.add(witness("wit-alpha", 61_000_000_000_000_000L, true));
            list.add(witness("wit-bravo", 52_500_000_000_000_000L, false));
            return list;
        });
        chain.answer("condenser_api.get_witness_by_account", params -> witness(params.get(0).asText(), 1_000_000,
                false));
        WitnessBoard board = overview.witnesses(ALICE, 3);
        assertThat(board.top()).extracting(WitnessBoard.Entry::owner)
                .containsExactly("good-witness", "wit-alpha", "wit-bravo");
        assertThat(board.top()).extracting(WitnessBoard.Entry::rank).containsExactly(1, 2, 3);
        assertThat(board.top()).extracting(WitnessBoard.Entry::votedFor).containsExactly(false, false, true);
        assertThat(board.top()).extracting(WitnessBoard.Entry::disabled).containsExactly(false, true, false);
        assertThat(board.votedOutsideTop()).singleElement().satisfies(e -> {
            assertThat(e.owner()).isEqualTo("wit-far-away");
            assertThat(e.votedFor()).isTrue();
        });
        assertThat(board.maxVotes()).isEqualTo(30);
        assertThatThrownBy(() -> overview.witnesses(AccountName.of("nobody"), 3))
                .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.UNKNOWN_ACCOUNT));
    }

    @Test
    void delegationsOutInAndReturningAreListedAndIncomingOnesComeFromTheHistory() {
        chain.delegation("carol", "alice", "3875.000000 VESTS").account("carol", Map.of())
                .update("alice", Map.of("received_vesting_shares", "5000.000000 VESTS"));
        chain.history("alice", "delegate_vesting_shares", Map.of("delegator", "carol", "delegatee", "alice",
                "vesting_shares", "3875.000000 VESTS"), "dd".repeat(20));
        chain.history("alice", "delegate_vesting_shares", Map.of("delegator", "dave", "delegatee", "alice",
                "vesting_shares", "0.000000 VESTS"), "ee".repeat(20));
        chain.answer("condenser_api.get_expiring_vesting_delegations", params -> {
            ArrayNode list = SteemJson.mapper().createArrayNode();
            ObjectNode e = list.addObject();
            e.put("id", 1);
            e.put("delegator", "alice");
            e.put("vesting_shares", "1937.500000 VESTS");
            e.put("expiration", "2031-01-01T00:00:00");
            return list;
        });
        DelegationBook book = overview.delegations(ALICE);
        assertThat(book.outgoing()).singleElement().satisfies(d -> {
            assertThat(d.delegatee()).isEqualTo("bob");
            assertThat(d.sp()).isEqualTo(Asset.parse("5.161 STEEM"));
        });
        assertThat(book.incoming()).singleElement().satisfies(d -> {
            assertThat(d.delegator()).isEqualTo("carol");
            assertThat(d.sp()).isEqualTo(Asset.parse("2.000 STEEM"));
        });
        assertThat(book.incomingUnlisted()).isEqualTo(Asset.parse("1125.000000 VESTS"));
        assertThat(book.returning()).singleElement().satisfies(r -> assertThat(r.sp())
                .isEqualTo(Asset.parse("1.000 STEEM")));
    }

    @Test
    void aDelegationSaysWhetherItsSpBuysExactlyItsVests() {
        // 10.000 SP at the chain's price (160000000.000 STEEM / 310000000000.000000 VESTS) buys 19375.000000 VESTS;
        // one VESTS-millionth more is worth the same rounded down, but no SP amount buys it.
        chain.delegation("alice", "carol", "19375.000000 VESTS").delegation("alice", "dave", "19375.000001 VESTS");
        DelegationBook book = overview.delegations(ALICE);
        assertThat(book.outgoing()).filteredOn(d -> d.delegatee().equals("carol")).singleElement().satisfies(d -> {
            assertThat(d.sp()).isEqualTo(Asset.parse("10.000 STEEM"));
            assertThat(d.spExact()).isTrue();
        });
        assertThat(book.outgoing()).filteredOn(d -> d.delegatee().equals("dave")).singleElement().satisfies(d -> {
            assertThat(d.sp()).isEqualTo(Asset.parse("10.000 STEEM"));
            assertThat(d.spExact()).isFalse();
        });
    }

    @Test
    void routesRecoveryConversionsAndInterestAreRead() {
        chain.update("alice", Map.of("recovery_account", "steem", "sbd_balance", "100.000 SBD", "sbd_seconds", "0",
                "sbd_seconds_last_update", clock.instant().minusSeconds(31_536_000L / 2).toString().replace("Z", "")
                        .replaceAll("\\.\\d+", "")));
        chain.answer("condenser_api.get_dynamic_global_properties", params -> {
            ObjectNode dgp = (ObjectNode) Recorded.result("get_dynamic_global_properties-2022.json").deepCopy();
            dgp.put("time", clock.instant().toString().replace("Z", "").replaceAll("\\.\\d+", ""));
            dgp.put("sbd_interest_rate", 1000);
            return dgp;
        });
        SbdInterest interest = overview.interest(ALICE);
        assertThat(interest.ratePercent()).contains("10%");
        assertThat(interest.accrued().amount()).isBetween(4990L, 5000L);
        assertThat(overview.recovery(ALICE).recoveryAccount()).isEqualTo("steem");
        assertThat(overview.recovery(ALICE).pendingAccount()).isEmpty();
        assertThat(overview.routes(ALICE).outgoing()).isEmpty();
        assertThat(overview.routes(ALICE).maxRoutes()).isEqualTo(10);
        assertThat(overview.conversions(BOB)).isEmpty();
    }

    private static ObjectNode witness(String owner, long votes, boolean disabled) {
        ObjectNode w = SteemJson.mapper().createObjectNode();
        w.put("owner", owner);
        w.put("url", "");
        w.put("votes", Long.toString(votes));
        w.put("running_version", "0.23.1");
        if (disabled) {
            w.put("signing_key", "STM1111111111111111111111111111111114T1Anm");
        }
        return w;
    }
}
