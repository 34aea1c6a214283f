package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.DiscussionQuery;

/** Pins the exact JSON each call puts on the wire, as an OkHttp interceptor sees it. */
class RequestJsonTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final AccountName ALICE = new AccountName("alice");
    private static final Permlink POST = new Permlink("my-post");

    static Stream<Arguments> calls() {
        return Stream.of(
                call(CondenserApi::getDynamicGlobalProperties,
                        "\"method\":\"condenser_api.get_dynamic_global_properties\",\"params\":[]"),
                call(CondenserApi::getConfig, "\"method\":\"condenser_api.get_config\",\"params\":[]"),
                call(api -> api.getAccounts(List.of(ALICE, new AccountName("bob"))),
                        "\"method\":\"condenser_api.get_accounts\",\"params\":[[\"alice\",\"bob\"]]"),
                call(api -> api.lookupAccounts("ali", 10),
                        "\"method\":\"condenser_api.lookup_accounts\",\"params\":[\"ali\",10]"),
                call(api -> api.getBlockHeader(66379828),
                        "\"method\":\"condenser_api.get_block_header\",\"params\":[66379828]"),
                call(api -> api.getRewardFund("post"),
                        "\"method\":\"condenser_api.get_reward_fund\",\"params\":[\"post\"]"),
                call(CondenserApi::getCurrentMedianHistoryPrice,
                        "\"method\":\"condenser_api.get_current_median_history_price\",\"params\":[]"),
                call(api -> api.getDiscussionsByTrending(DiscussionQuery.first("kr", 20)),
                        "\"method\":\"condenser_api.get_discussions_by_trending\",\"params\":[{\"tag\":\"kr\",\"limit\":20}]"),
                call(api -> api.getDiscussionsByHot(DiscussionQuery.first("kr", 1)),
                        "\"method\":\"condenser_api.get_discussions_by_hot\",\"params\":[{\"tag\":\"kr\",\"limit\":1}]"),
                call(api -> api.getDiscussionsByCreated(DiscussionQuery.first("kr", 20).after("bob", "hello")),
                        "\"method\":\"condenser_api.get_discussions_by_created\",\"params\":[{\"tag\":\"kr\",\"limit\":20,"
                                + "\"start_author\":\"bob\",\"start_permlink\":\"hello\"}]"),
                call(api -> api.getDiscussionsByFeed(DiscussionQuery.first("alice", 10)),
                        "\"method\":\"condenser_api.get_discussions_by_feed\",\"params\":[{\"tag\":\"alice\",\"limit\":10}]"),
                call(api -> api.getDiscussionsByBlog(DiscussionQuery.first("alice", 10)),
                        "\"method\":\"condenser_api.get_discussions_by_blog\",\"params\":[{\"tag\":\"alice\",\"limit\":10}]"),
                call(api -> api.getContent(ALICE, POST),
                        "\"method\":\"condenser_api.get_content\",\"params\":[\"alice\",\"my-post\"]"),
                call(api -> api.getContentReplies(ALICE, POST),
                        "\"method\":\"condenser_api.get_content_replies\",\"params\":[\"alice\",\"my-post\"]"),
                call(api -> api.getActiveVotes(ALICE, POST),
                        "\"method\":\"condenser_api.get_active_votes\",\"params\":[\"alice\",\"my-post\"]"),
                call(api -> api.getAccountHistory(ALICE, -1, 100),
                        "\"method\":\"condenser_api.get_account_history\",\"params\":[\"alice\",-1,100]"),
                call(api -> api.getVestingDelegations(ALICE, "", 50),
                        "\"method\":\"condenser_api.get_vesting_delegations\",\"params\":[\"alice\",\"\",50]"),
                call(api -> api.getWithdrawRoutes(ALICE, WithdrawRouteDirection.OUTGOING),
                        "\"method\":\"condenser_api.get_withdraw_routes\",\"params\":[\"alice\",\"outgoing\"]"),
                call(api -> api.getSavingsWithdrawFrom(ALICE),
                        "\"method\":\"condenser_api.get_savings_withdraw_from\",\"params\":[\"alice\"]"),
                call(api -> api.findRcAccounts(List.of(ALICE)),
                        "\"method\":\"rc_api.find_rc_accounts\",\"params\":{\"accounts\":[\"alice\"]}"),
                call(api -> api.getWithdrawRoutes(ALICE, WithdrawRouteDirection.INCOMING),
                        "\"method\":\"condenser_api.get_withdraw_routes\",\"params\":[\"alice\",\"incoming\"]"),
                call(api -> api.getWithdrawRoutes(ALICE, WithdrawRouteDirection.ALL),
                        "\"method\":\"condenser_api.get_withdraw_routes\",\"params\":[\"alice\",\"all\"]"),
                call(api -> api.getSavingsWithdrawTo(ALICE),
                        "\"method\":\"condenser_api.get_savings_withdraw_to\",\"params\":[\"alice\"]"),
                call(api -> api.getExpiringVestingDelegations(ALICE, Instant.EPOCH, 100),
                        "\"method\":\"condenser_api.get_expiring_vesting_delegations\","
                                + "\"params\":[\"alice\",\"1970-01-01T00:00:00\",100]"),
                call(api -> api.getConversionRequests(ALICE),
                        "\"method\":\"condenser_api.get_conversion_requests\",\"params\":[\"alice\"]"),
                call(api -> api.getWitnessesByVote("", 100),
                        "\"method\":\"condenser_api.get_witnesses_by_vote\",\"params\":[\"\",100]"),
                call(api -> api.getWitnessesByVote("wit-bravo", 21),
                        "\"method\":\"condenser_api.get_witnesses_by_vote\",\"params\":[\"wit-bravo\",21]"),
                call(api -> api.lookupWitnessAccounts("gt", 10),
                        "\"method\":\"condenser_api.lookup_witness_accounts\",\"params\":[\"gt\",10]"),
                call(api -> api.getWitnessByAccount(ALICE),
                        "\"method\":\"condenser_api.get_witness_by_account\",\"params\":[\"alice\"]"),
                call(api -> api.getOwnerHistory(ALICE),
                        "\"method\":\"condenser_api.get_owner_history\",\"params\":[\"alice\"]"),
                call(api -> api.findChangeRecoveryAccountRequests(List.of(ALICE, new AccountName("bob"))),
                        "\"method\":\"database_api.find_change_recovery_account_requests\","
                                + "\"params\":{\"accounts\":[\"alice\",\"bob\"]}"),
                call(api -> api.getFollowing(ALICE, "", FollowKind.BLOG, 1000),
                        "\"method\":\"condenser_api.get_following\",\"params\":[\"alice\",\"\",\"blog\",1000]"),
                call(api -> api.getFollowing(ALICE, "bob", FollowKind.IGNORE, 10),
                        "\"method\":\"condenser_api.get_following\",\"params\":[\"alice\",\"bob\",\"ignore\",10]"),
                call(api -> api.getFollowCount(ALICE),
                        "\"method\":\"condenser_api.get_follow_count\",\"params\":[\"alice\"]"));
    }

    private static Arguments call(Function<CondenserApi, Request<?>> call, String methodAndParams) {
        return Arguments.of(call, methodAndParams);
    }

    @ParameterizedTest
    @MethodSource("calls")
    void requestBodyIsExactlyTheCondenserForm(Function<CondenserApi, Request<?>> call, String methodAndParams) {
        try (LoopbackApi loopback = new LoopbackApi().answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}")) {
            try {
                call.apply(loopback.api).send();
            } catch (RpcException ignored) {
                // The canned "result": null does not fit every type; only the request matters here.
            }
            assertThat(loopback.node.received()).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1," + methodAndParams + "}");
        }
    }

    @Test
    void idsCountUpPerApi() {
        CondenserApi api = new CondenserApi(new HttpNode(URI.create("http://node.test"), HttpNode.defaultClient(),
                MAPPER), MAPPER);
        assertThat(api.getConfig().body()).contains("\"id\":1,");
        assertThat(api.getConfig().body()).contains("\"id\":2,");
    }

    @Test
    void broadcastSendsOneSignedTransactionAsTheOnlyParam() throws Exception {
        JsonNode sent;
        try (LoopbackApi loopback = new LoopbackApi()) {
            loopback.send("condenser_api/broadcast_transaction_synchronous-vote-ok.json",
                    loopback.api.broadcastTransactionSynchronous(TestTransactions.unsigned()));
            sent = MAPPER.readTree(loopback.node.received().get(0));
        }
        assertThat(sent.get("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(sent.get("id").asLong()).isEqualTo(1);
        assertThat(sent.get("method").asText()).isEqualTo("condenser_api.broadcast_transaction_synchronous");
        assertThat(sent.get("params").isArray()).isTrue();
        assertThat(sent.get("params")).hasSize(1);
        assertThat(sent.get("params").get(0)).isEqualTo(MAPPER.valueToTree(TestTransactions.unsigned()));
    }
}
