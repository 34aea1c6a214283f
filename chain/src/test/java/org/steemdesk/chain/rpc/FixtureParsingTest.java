package org.steemdesk.chain.rpc;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.BlockHeader;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RewardFund;
import org.steemdesk.chain.rpc.model.VestingDelegation;

/**
 * Every recorded node response in test resources parses into its typed result or typed error. Results of calls the
 * client makes go through the real client (HttpNode + CondenserApi) with the fixture served by an interceptor.
 */
class FixtureParsingTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final AccountName ALICE = new AccountName("alice");
    private static final Permlink POST = new Permlink("post");
    private static final DiscussionQuery QUERY = DiscussionQuery.first("kr", 20);

    /** Fixture method (directory/method) → the client call whose reader must accept the recorded result. */
    private static final Map<String, Function<CondenserApi, Request<?>>> CLIENT_CALLS = Map.ofEntries(
            entry("condenser_api/broadcast_transaction_synchronous",
                    api -> api.broadcastTransactionSynchronous(TestTransactions.unsigned())),
            entry("condenser_api/get_dynamic_global_properties", CondenserApi::getDynamicGlobalProperties),
            entry("condenser_api/get_config", CondenserApi::getConfig),
            entry("condenser_api/get_accounts", api -> api.getAccounts(List.of(ALICE))),
            entry("condenser_api/get_account_history", api -> api.getAccountHistory(ALICE, -1, 10)),
            entry("condenser_api/get_active_votes", api -> api.getActiveVotes(ALICE, POST)),
            entry("condenser_api/get_block_header", api -> api.getBlockHeader(1000)),
            entry("condenser_api/get_content", api -> api.getContent(ALICE, POST)),
            entry("condenser_api/get_content_replies", api -> api.getContentReplies(ALICE, POST)),
            entry("condenser_api/get_current_median_history_price", CondenserApi::getCurrentMedianHistoryPrice),
            entry("condenser_api/get_discussions_by_created", api -> api.getDiscussionsByCreated(QUERY)),
            entry("condenser_api/get_discussions_by_feed", api -> api.getDiscussionsByFeed(QUERY)),
            entry("condenser_api/get_discussions_by_hot", api -> api.getDiscussionsByHot(QUERY)),
            entry("condenser_api/get_discussions_by_trending", api -> api.getDiscussionsByTrending(QUERY)),
            entry("condenser_api/get_vesting_delegations", api -> api.getVestingDelegations(ALICE, "", 10)),
            entry("rc_api/find_rc_accounts", api -> api.findRcAccounts(List.of(ALICE))),
            entry("condenser_api/get_follow_count", api -> api.getFollowCount(ALICE)),
            entry("condenser_api/get_following", api -> api.getFollowing(ALICE, "", FollowKind.BLOG, 100)),
            // steemd before appbase answered the same calls with the same shapes.
            entry("pre_appbase/get_accounts", api -> api.getAccounts(List.of(ALICE))),
            entry("pre_appbase/get_dynamic_global_properties", CondenserApi::getDynamicGlobalProperties),
            entry("pre_appbase/get_vesting_delegations", api -> api.getVestingDelegations(ALICE, "", 10)));

    /** Other APIs wrap the same objects in a named member; they must read into the same records. */
    private static final Map<String, ResultCheck> WRAPPED = Map.ofEntries(
            entry("database_api/find_accounts", r -> read(r.get("accounts"), listOf(Account.class))),
            entry("database_api/find_vesting_delegations", r -> read(r.get("delegations"), listOf(VestingDelegation.class))),
            entry("database_api/get_dynamic_global_properties", r -> read(r, type(DynamicGlobalProperties.class))),
            entry("database_api/get_reward_funds", r -> read(r.get("funds"), listOf(RewardFund.class))),
            entry("tags_api/get_active_votes", r -> read(r.get("votes"), listOf(ActiveVote.class))),
            entry("tags_api/get_content_replies", r -> read(r.get("discussions"), listOf(Discussion.class))),
            entry("block_api/get_block_header", r -> read(r.get("header"), type(BlockHeader.class))),
            entry("account_history_api/get_account_history", r -> read(r.get("history"), listOf(AccountHistoryEntry.class))),
            entry("condenser_api/get_state", r -> read(r.path("accounts").elements().next().get("transfer_history"),
                    listOf(AccountHistoryEntry.class))),
            entry("condenser_api/get_feed_history", r -> List.of(read(r.get("current_median_history"), type(Price.class)),
                    read(r.get("price_history"), listOf(Price.class)))));

    /**
     * Calls the client does not make (yet): only the envelope is checked, the result stays JSON. Listed so that a new
     * fixture cannot slip through untyped unnoticed.
     */
    private static final List<String> NOT_IN_CLIENT = List.of(
            "condenser_api/get_account_bandwidth", "condenser_api/get_block", "condenser_api/get_chain_properties",
            "condenser_api/get_hardfork_version",
            "condenser_api/get_trending_tags", "condenser_api/get_version", "block_api/get_block",
            "follow_api/get_followers", "pre_appbase/get_block", "transaction_status_api/find_transaction");

    private static final Map<String, NodeErrorKind> ERRORS = Map.ofEntries(
            entry("condenser_api/broadcast_transaction-error-jussi-internal-error-2020.json", NodeErrorKind.PROXY_INTERNAL_ERROR),
            entry("condenser_api/broadcast_transaction_synchronous-error-already-reblogged.json", NodeErrorKind.ASSERT_FAILED),
            entry("condenser_api/broadcast_transaction_synchronous-error-vote-weight-over-100pct.json", NodeErrorKind.ASSERT_FAILED),
            entry("condenser_api/get_account_bandwidth-error-method-not-found-2020.json", NodeErrorKind.METHOD_NOT_FOUND),
            entry("condenser_api/get_account_votes-error-hivemind-invalid-parameters-2020.json", NodeErrorKind.INVALID_PARAMS),
            entry("condenser_api/get_blog-error-jussi-request-timeout-2020.json", NodeErrorKind.PROXY_TIMEOUT),
            entry("condenser_api/get_content-error-wrong-arg-count.json", NodeErrorKind.INVALID_PARAMS),
            entry("database_api/verify_account_authority-error-missing-active-authority.json", NodeErrorKind.MISSING_AUTHORITY),
            entry("database_api/verify_authority-error-irrelevant-signature.json", NodeErrorKind.IRRELEVANT_SIGNATURE),
            entry("database_api/verify_authority-error-missing-posting-authority.json", NodeErrorKind.MISSING_AUTHORITY),
            entry("network_broadcast_api/broadcast_block-error-too-old-2020.json", NodeErrorKind.ASSERT_FAILED),
            entry("network_broadcast_api/broadcast_transaction_synchronous-error-no-operations.json", NodeErrorKind.ASSERT_FAILED),
            entry("pre_appbase/error-too-few-arguments-2016.json", NodeErrorKind.INVALID_PARAMS),
            entry("tags_api/get_tags_used_by_author-error-author-not-found-2018.json", NodeErrorKind.ASSERT_FAILED));

    private static final String BATCH = "condenser_api/get_block-batch-with-error.json";

    @FunctionalInterface
    interface ResultCheck {
        Object read(JsonNode result) throws IOException;
    }

    static List<String> fixtures() {
        return Fixtures.all().stream().filter(f -> !f.equals(BATCH)).toList();
    }

    @Test
    void allSeventyOneFixturesAreCopied() {
        assertThat(Fixtures.all()).hasSize(71);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureParsesIntoItsTypedResponseOrError(String file) throws IOException {
        JsonNode response = Fixtures.load(file).get("response");
        if (response.has("error")) {
            assertThat(ERRORS).as("expected error kind for %s", file).containsKey(file);
            try (LoopbackApi loopback = new LoopbackApi().answer(response.toString())) {
                assertThatThrownBy(() -> loopback.api.getDynamicGlobalProperties().send())
                        .isInstanceOfSatisfying(NodeErrorException.class, e -> {
                            assertThat(e.kind()).isEqualTo(ERRORS.get(file));
                            assertThat(e.nodeMessage()).isEqualTo(response.at("/error/message").asText());
                            assertThat(e.code()).isEqualTo(response.at("/error/code").asInt());
                            assertThat(e.data()).isEqualTo(response.at("/error/data"));
                        });
            }
            return;
        }
        String method = method(file);
        if (CLIENT_CALLS.containsKey(method)) {
            try (LoopbackApi loopback = new LoopbackApi().answer(response.toString())) {
                assertThat((Object) CLIENT_CALLS.get(method).apply(loopback.api).send()).isNotNull();
            }
        } else if (WRAPPED.containsKey(method)) {
            assertThat(WRAPPED.get(method).read(response.get("result"))).isNotNull();
        } else if (NOT_IN_CLIENT.contains(method)) {
            assertThat(response.has("result")).isTrue();
        } else {
            fail("no typed response declared for " + file + " (method " + method + ")");
        }
    }

    @Test
    void batchResponseElementsParseOneByOne() throws IOException {
        JsonNode batch = Fixtures.load(BATCH).get("response");
        assertThat(batch.isArray()).isTrue();
        assertThat(batch.get(0).at("/result/previous").asText()).hasSize(40);
        NodeErrorException error = NodeErrorException.fromJson(batch.get(1).get("error"));
        assertThat(error.dataName()).contains("parse_error_exception");
        assertThat(error.isTransient()).isFalse();
    }

    private static String method(String file) {
        String dir = file.substring(0, file.indexOf('/'));
        String stem = file.substring(file.indexOf('/') + 1, file.length() - ".json".length());
        int dash = stem.indexOf('-');
        return dir + "/" + (dash < 0 ? stem : stem.substring(0, dash));
    }

    private static Object read(JsonNode node, JavaType type) throws IOException {
        assertThat(node).as("wrapped member").isNotNull();
        return MAPPER.readerFor(type).readValue(node);
    }

    private static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    private static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }
}
