package org.steemdesk.chain.rpc;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.ConversionRequest;
import org.steemdesk.chain.rpc.model.Follow;
import org.steemdesk.chain.rpc.model.FollowCount;
import org.steemdesk.chain.rpc.model.OwnerAuthorityHistory;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RecoveryAccountChange;
import org.steemdesk.chain.rpc.model.SavingsWithdrawal;
import org.steemdesk.chain.rpc.model.VestingDelegationExpiration;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.chain.rpc.model.Witness;

/**
 * The wallet and account-guard calls against recorded answers (test resources {@code wallet-fixtures/}: real mainnet
 * shapes where a recording exists, the fake node's otherwise). Each call must put the recorded request on the wire
 * and read the recorded answer into its typed result.
 */
class WalletResponsesTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final AccountName ALICE = AccountName.of("alice");
    private static final AccountName BOB = AccountName.of("bob");

    /** Fixture file → the client call that makes the recorded request. */
    private static final Map<String, Function<CondenserApi, Request<?>>> CALLS = Map.ofEntries(
            entry("fakenode/database_api.find_change_recovery_account_requests.json",
                    api -> api.findChangeRecoveryAccountRequests(List.of(ALICE, BOB))),
            entry("fakenode/get_accounts.json", api -> api.getAccounts(List.of(ALICE))),
            entry("fakenode/get_conversion_requests.json", api -> api.getConversionRequests(ALICE)),
            entry("fakenode/get_expiring_vesting_delegations.json",
                    api -> api.getExpiringVestingDelegations(ALICE, Instant.EPOCH, 10)),
            entry("fakenode/get_follow_count.json", api -> api.getFollowCount(ALICE)),
            entry("fakenode/get_following.json", api -> api.getFollowing(ALICE, "", FollowKind.BLOG, 10)),
            entry("fakenode/get_owner_history.json", api -> api.getOwnerHistory(ALICE)),
            entry("fakenode/get_savings_withdraw_to.json", api -> api.getSavingsWithdrawTo(BOB)),
            entry("fakenode/get_vesting_delegations.json", api -> api.getVestingDelegations(ALICE, "", 10)),
            entry("fakenode/get_withdraw_routes-all.json", api -> api.getWithdrawRoutes(ALICE, WithdrawRouteDirection.ALL)),
            entry("fakenode/get_withdraw_routes-incoming.json",
                    api -> api.getWithdrawRoutes(BOB, WithdrawRouteDirection.INCOMING)),
            entry("fakenode/get_witness_by_account.json", api -> api.getWitnessByAccount(AccountName.of("good-witness"))),
            entry("fakenode/get_witness_by_account-not-a-witness.json", api -> api.getWitnessByAccount(ALICE)),
            entry("fakenode/get_witnesses_by_vote.json", api -> api.getWitnessesByVote("", 5)),
            entry("fakenode/get_witnesses_by_vote-limit-error.json", api -> api.getWitnessesByVote("", 1001)),
            entry("fakenode/lookup_witness_accounts.json", api -> api.lookupWitnessAccounts("wit-", 3)),
            entry("mainnet/get_conversion_requests-2017-empty.json",
                    api -> api.getConversionRequests(AccountName.of("steemit"))),
            entry("mainnet/get_owner_history-2017-empty.json", api -> api.getOwnerHistory(AccountName.of("steemit"))),
            entry("mainnet/get_witness_by_account-2017.json",
                    api -> api.getWitnessByAccount(AccountName.of("smooth.witness"))),
            // Recorded with "" as the name, which AccountName refuses; the answer is what matters here.
            entry("mainnet/get_witness_by_account-2018-null.json", api -> api.getWitnessByAccount(ALICE)),
            entry("mainnet/lookup_witness_accounts-2017.json", api -> api.lookupWitnessAccounts("steemit", 10)));

    /** Broadcast refusal → how it is classified and the part of steemd's message that names the problem. */
    private static final Map<String, Map.Entry<NodeErrorKind, String>> REFUSALS = Map.ofEntries(
            entry("fakenode-refusals/broadcast-account_update-owner-signed-with-active.json",
                    entry(NodeErrorKind.MISSING_AUTHORITY, "Missing Owner Authority alice")),
            entry("fakenode-refusals/broadcast-change_recovery_account-signed-with-active.json",
                    entry(NodeErrorKind.MISSING_AUTHORITY, "Missing Owner Authority alice")),
            entry("fakenode-refusals/broadcast-change_recovery_account-unknown-account.json",
                    entry(NodeErrorKind.UNKNOWN_KEY, "unknown key")),
            entry("fakenode-refusals/broadcast-account_witness_vote-not-a-witness.json",
                    entry(NodeErrorKind.UNKNOWN_KEY, "unknown key")),
            entry("fakenode-refusals/broadcast-convert-requestid-in-use.json",
                    entry(NodeErrorKind.OTHER, "uniqueness constraint was violated")),
            entry("fakenode-refusals/broadcast-convert-more-than-balance.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "does not have sufficient funds")),
            entry("fakenode-refusals/broadcast-set_withdraw_vesting_route-over-100-percent.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "More than 100% of vesting withdrawals allocated to destinations.")),
            entry("fakenode-refusals/broadcast-account_witness_proxy-to-self.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "Cannot proxy to self")),
            entry("fakenode-refusals/broadcast-account_witness_proxy-unchanged.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "Proxy must change.")),
            entry("fakenode-refusals/broadcast-account_witness_vote-while-proxied.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "A proxy is currently set, please clear the proxy")),
            entry("fakenode-refusals/broadcast-account_update-owner-twice-in-an-hour.json",
                    entry(NodeErrorKind.ASSERT_FAILED, "Owner authority can only be updated once an hour.")));

    @RegisterExtension
    final LoopbackApi loopback = new LoopbackApi();
    private final CondenserApi api = loopback.api;

    static List<String> fixtures() {
        return Fixtures.all(Fixtures.WALLET).stream().filter(CALLS::containsKey).toList();
    }

    static List<String> refusals() {
        return Fixtures.all(Fixtures.WALLET).stream().filter(REFUSALS::containsKey).toList();
    }

    @Test
    void everyWalletFixtureHasItsCallOrItsRefusal() {
        assertThat(Fixtures.all(Fixtures.WALLET)).hasSize(CALLS.size() + REFUSALS.size())
                .allMatch(f -> CALLS.containsKey(f) || REFUSALS.containsKey(f));
    }

    /** The node's own refusals arrive typed, with steemd's words intact for the wallet to map to a clear message. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedWalletBroadcastIsATypedNodeError(String file) {
        JsonNode response = Fixtures.load(Fixtures.WALLET, file).get("response");
        loopback.answer(response.toString());
        Map.Entry<NodeErrorKind, String> expected = REFUSALS.get(file);

        assertThatThrownBy(() -> api.broadcastTransactionSynchronous(TestTransactions.unsigned()).send())
                .isInstanceOfSatisfying(NodeErrorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(expected.getKey());
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.nodeMessage()).contains(expected.getValue()).isEqualTo(response.at("/error/message").asText());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theCallSendsTheRecordedRequestAndReadsTheRecordedAnswer(String file) throws IOException {
        JsonNode fixture = Fixtures.load(Fixtures.WALLET, file);
        JsonNode response = fixture.get("response");
        loopback.answer(response.toString());
        Request<?> request = CALLS.get(file).apply(api);

        JsonNode sent = MAPPER.readTree(request.body());
        JsonNode recorded = fixture.get("request");
        assertThat(sent.get("method")).isEqualTo(recorded.get("method"));
        if (!file.endsWith("-2018-null.json")) {
            assertThat(sent.get("params")).isEqualTo(recorded.get("params"));
        }
        if (response.has("error")) {
            assertThatThrownBy(request::send).isInstanceOfSatisfying(NodeErrorException.class,
                    e -> assertThat(e.kind()).isEqualTo(NodeErrorKind.ASSERT_FAILED));
        } else {
            assertThat((Object) request.send()).isNotNull();
        }
    }

    private <T> T answer(String file, Request<T> request) {
        loopback.answer(Fixtures.load(Fixtures.WALLET, file).get("response").toString());
        return request.send();
    }

    @Test
    void aMainnetWitnessKeepsItsFeedKeyAndBigVoteCount() {
        Witness w = answer("mainnet/get_witness_by_account-2017.json",
                api.getWitnessByAccount(AccountName.of("smooth.witness"))).orElseThrow();
        assertThat(w.owner()).isEqualTo("smooth.witness");
        assertThat(w.votes()).isEqualTo(58461917770611498L);
        assertThat(w.created()).isEmpty();
        assertThat(w.totalMissed()).isEqualTo(179);
        assertThat(w.lastConfirmedBlockNum()).isEqualTo(18059860L);
        assertThat(w.signingKey()).contains(PublicKey.fromString("STM5uDwwSixxVdvb6m4n4fzRkQf7LDJR529Gy7QJT35FAcFeYQUpU"));
        assertThat(w.isDisabled()).isFalse();
        assertThat(w.sbdExchangeRate()).contains(new Price(Asset.parse("1.760 SBD"), Asset.parse("0.500 STEEM")));
        assertThat(w.lastSbdExchangeUpdate()).contains(Instant.parse("2017-12-13T19:30:51Z"));
        assertThat(w.runningVersion()).isEqualTo("0.19.2");
        assertThat(w.hardforkVersionVote()).isEqualTo("0.19.0");
        assertThat(w.url()).startsWith("https://steemit.com/");
    }

    @Test
    void aNonWitnessIsEmptyNotAnError() {
        assertThat(answer("mainnet/get_witness_by_account-2018-null.json", api.getWitnessByAccount(ALICE))).isEmpty();
        assertThat(answer("fakenode/get_witness_by_account-not-a-witness.json", api.getWitnessByAccount(ALICE))).isEmpty();
    }

    @Test
    void theFakeNodesShortWitnessesAreReadInVoteOrder() {
        List<Witness> top = answer("fakenode/get_witnesses_by_vote.json", api.getWitnessesByVote("", 5));
        assertThat(top).extracting(Witness::owner)
                .containsExactly("good-witness", "wit-alpha", "wit-bravo", "wit-charlie", "wit-delta");
        assertThat(top.get(0).votes()).isEqualTo(74_000_000_000_000_000L);
        assertThat(top.get(0).signingKey()).isEmpty();
        assertThat(top.get(0).isDisabled()).isFalse();
        assertThat(top).extracting(Witness::votes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(answer("fakenode/lookup_witness_accounts.json", api.lookupWitnessAccounts("wit-", 3)))
                .containsExactly("wit-alpha", "wit-bravo", "wit-charlie");
        assertThat(answer("mainnet/lookup_witness_accounts-2017.json", api.lookupWitnessAccounts("steemit", 10)))
                .hasSize(10).startsWith("steemit", "steemit-santa");
    }

    @Test
    void conversionsCarryTheirRequestIdAndSettleTime() {
        List<ConversionRequest> requests = answer("fakenode/get_conversion_requests.json", api.getConversionRequests(ALICE));
        assertThat(requests).containsExactly(
                new ConversionRequest(1, "alice", 1, Asset.parse("5.000 SBD"), Instant.parse("2026-01-19T00:00:00Z")),
                new ConversionRequest(2, "alice", 4294967295L, Asset.parse("0.500 SBD"), Instant.parse("2026-01-19T00:00:00Z")));
        assertThat(answer("mainnet/get_conversion_requests-2017-empty.json",
                api.getConversionRequests(AccountName.of("steemit")))).isEmpty();
    }

    @Test
    void routesOutgoingAndIncoming() {
        List<WithdrawRoute> all = answer("fakenode/get_withdraw_routes-all.json",
                api.getWithdrawRoutes(ALICE, WithdrawRouteDirection.ALL));
        assertThat(all).containsExactly(new WithdrawRoute("alice", "bob", 2500, true),
                new WithdrawRoute("alice", "kimchi", 1000, false), new WithdrawRoute("bob", "alice", 500, false));
        assertThat(answer("fakenode/get_withdraw_routes-incoming.json",
                api.getWithdrawRoutes(BOB, WithdrawRouteDirection.INCOMING)))
                .containsExactly(new WithdrawRoute("alice", "bob", 2500, true));
    }

    @Test
    void ownerHistoryAndAPendingRecoveryChangeAreWhatTheGuardCompares() {
        List<OwnerAuthorityHistory> history = answer("fakenode/get_owner_history.json", api.getOwnerHistory(ALICE));
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.account()).isEqualTo("alice");
            assertThat(h.previousOwnerAuthority().keyAuths()).hasSize(1);
            assertThat(h.lastValidTime()).isEqualTo(Instant.parse("2026-01-15T12:00:12Z"));
        });
        assertThat(answer("mainnet/get_owner_history-2017-empty.json", api.getOwnerHistory(AccountName.of("steemit"))))
                .isEmpty();

        List<RecoveryAccountChange> changes = answer("fakenode/database_api.find_change_recovery_account_requests.json",
                api.findChangeRecoveryAccountRequests(List.of(ALICE, BOB)));
        assertThat(changes).containsExactly(
                new RecoveryAccountChange(1, "alice", "bob", Instant.parse("2026-02-14T12:00:09Z")));
    }

    @Test
    void delegationsOutAndOnTheirWayBack() {
        List<VestingDelegationExpiration> returning = answer("fakenode/get_expiring_vesting_delegations.json",
                api.getExpiringVestingDelegations(ALICE, Instant.EPOCH, 10));
        assertThat(returning).containsExactly(new VestingDelegationExpiration(0, "alice",
                Asset.parse("5000.000000 VESTS"), Instant.parse("2026-01-20T12:00:03Z")));
        assertThat(answer("fakenode/get_vesting_delegations.json", api.getVestingDelegations(ALICE, "", 10)))
                .singleElement().satisfies(d -> assertThat(d.delegatee()).isEqualTo("bob"));
    }

    @Test
    void savingsWithdrawalsToAnAccountKeepTheirKoreanMemo() {
        List<SavingsWithdrawal> incoming = answer("fakenode/get_savings_withdraw_to.json", api.getSavingsWithdrawTo(BOB));
        assertThat(incoming).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo("alice");
            assertThat(s.memo()).isEqualTo("저축 → bob");
            assertThat(s.requestId()).isEqualTo(7);
            assertThat(s.complete()).isEqualTo(Instant.parse("2026-01-18T12:00:00Z"));
        });
    }

    @Test
    void followedAccountsForTheLookAlikeCheck() {
        assertThat(answer("fakenode/get_following.json", api.getFollowing(ALICE, "", FollowKind.BLOG, 10)))
                .containsExactly(new Follow("alice", "bob", List.of("blog")), new Follow("alice", "kimchi", List.of("blog")));
        assertThat(answer("fakenode/get_follow_count.json", api.getFollowCount(ALICE)))
                .isEqualTo(new FollowCount("alice", 1, 2));
    }

    @Test
    void theAccountShowsWhatTheGuardWatches() {
        Account a = answer("fakenode/get_accounts.json", api.getAccounts(List.of(ALICE))).get(0);
        assertThat(a.recoveryAccount()).isEqualTo("steem");
        assertThat(a.lastOwnerUpdate()).contains(Instant.parse("2026-01-15T12:00:12Z"));
        assertThat(a.lastAccountRecovery()).isEmpty();
        assertThat(a.withdrawRoutes()).isEqualTo(2);
        assertThat(a.witnessVotes()).containsExactly("good-witness");
        assertThat(a.witnessesVotedFor()).isEqualTo(1);
        assertThat(a.proxy()).isEmpty();
        assertThat(a.proxiedVsfVotes()).containsExactly(0L, 0L, 0L, 0L);
        assertThat(a.canVote()).isTrue();
        assertThat(a.isPoweringDown()).isFalse();
        assertThat(a.sbdSeconds()).isEqualTo(BigInteger.ZERO);
        assertThat(a.sbdLastInterestPayment()).contains(Instant.parse("2025-12-16T12:00:15Z"));
        assertThat(a.sbdBalance()).isEqualTo(Asset.parse("83.512 SBD"));
    }

    @Test
    void mainnetAccountsOfEveryEraCarryTheGuardsFields() {
        Account hf20 = answer2018();
        assertThat(hf20.recoveryAccount()).isEqualTo("steem");
        assertThat(hf20.lastOwnerUpdate()).contains(Instant.parse("2018-05-04T15:30:36Z"));
        assertThat(hf20.lastAccountRecovery()).contains(Instant.parse("2016-07-21T05:49:33Z"));
        assertThat(hf20.witnessesVotedFor()).isEqualTo(30);
        assertThat(hf20.proxiedVsfVotes()).containsExactly(42841113943027L, 0L, 0L, 0L);
        assertThat(hf20.sbdSeconds()).isEqualTo(new BigInteger("2703040071543"));
        assertThat(hf20.savingsSbdSeconds()).isEqualTo(new BigInteger("1865856672000"));
        assertThat(hf20.savingsSbdLastInterestPayment()).contains(Instant.parse("2017-12-03T17:28:57Z"));
        assertThat(hf20.sbdSecondsLastUpdate()).contains(Instant.parse("2018-11-03T18:01:09Z"));
        assertThat(hf20.lastAccountUpdate()).contains(Instant.parse("2018-10-10T05:59:21Z"));
    }

    private Account answer2018() {
        loopback.answer(Fixtures.responseBody("condenser_api/get_accounts-2018-hf20.json"));
        return api.getAccounts(List.of(ALICE)).send().get(0);
    }

    @Test
    void aPoweringDownAccountIsRecognised() throws IOException {
        ObjectNode account = Fixtures.load(Fixtures.WALLET, "fakenode/get_accounts.json").at("/response/result/0").deepCopy();
        account.put("vesting_withdraw_rate", "1000.000000 VESTS").put("next_vesting_withdrawal", "2026-01-22T12:00:00");
        Account a = MAPPER.treeToValue(account, Account.class);
        assertThat(a.isPoweringDown()).isTrue();
        assertThat(a.nextVestingWithdrawal()).contains(Instant.parse("2026-01-22T12:00:00Z"));
        assertThat(a.vestingWithdrawRate()).isEqualTo(Asset.parse("1000.000000 VESTS"));
    }
}
