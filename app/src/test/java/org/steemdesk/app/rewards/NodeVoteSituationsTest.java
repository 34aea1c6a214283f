package org.steemdesk.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException.Kind;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.testnode.TestNode;

/**
 * The estimate against steemd's arithmetic as the fake node (../shared/oracle/fakenode.js) applies it: each case in
 * {@code economics/fakenode-votes.json} (recorded by bench/vote-estimates/regenerate) holds the node's answers just
 * before a real signed vote and its figures after it. Served back over HTTP, the answers go through the node pool,
 * {@link NodeVoteSituations} and the arithmetic, and every figure must equal the node's to the unit.
 */
class NodeVoteSituationsTest {
    private static final JsonNode RECORDING = load();

    @TempDir
    Path tmp;
    CacheDatabase db;
    final List<TestNode> nodes = new ArrayList<>();
    TestNode lastNode;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(tmp.resolve("cache.db"));
    }

    @AfterEach
    void close() {
        nodes.forEach(TestNode::close);
        db.close();
    }

    static JsonNode load() {
        try (InputStream in = NodeVoteSituationsTest.class.getResourceAsStream("/economics/fakenode-votes.json")) {
            return SteemJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        RECORDING.path("cases").forEach(c -> out.add(Arguments.of(c.path("name").asText(), c)));
        return out.stream();
    }

    /** A loopback node answering with a case's recorded "before" state, its head block time as the clock. */
    private NodeVoteSituations serving(JsonNode before, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode answers = before.deepCopy();
        answers.set("get_config", RECORDING.path("get_config").deepCopy());
        edit.accept(answers);
        Instant head = Instant.parse(before.at("/get_dynamic_global_properties/time").asText() + "Z");
        TestNode node = TestNode.start(head);
        nodes.add(node);
        answers.properties().forEach(a -> node.answer("condenser_api." + a.getKey(), a.getValue()));
        lastNode = node;
        return new NodeVoteSituations(TestReaders.reader(node, head), new ChainObjectCache(db),
                Clock.fixed(head, ZoneOffset.UTC));
    }

    private static VoteEstimate estimate(NodeVoteSituations situations, JsonNode c) throws NodeUnreachableException {
        return situations.estimate(AccountName.of(c.path("voter").asText()), AccountName.of(c.path("author").asText()),
                Permlink.of(c.path("permlink").asText()), c.path("weight").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFigureEqualsTheNodes(String name, JsonNode c) throws Exception {
        VoteEstimate e = estimate(serving(c.path("before"), a -> { }), c);
        JsonNode vote = c.at("/after/vote");
        JsonNode post = c.at("/after/post");
        assertThat(e.rshares()).as("rshares").isEqualTo(vote.path("rshares").asLong());
        assertThat(e.curationWeight()).as("curation weight").isEqualTo(new BigInteger(vote.path("weight").asText()));
        assertThat(e.now().totalVoteWeightAfter()).as("total_vote_weight")
                .isEqualTo(new BigInteger(post.path("total_vote_weight").asText()));
        Asset before = Asset.parse(c.at("/before/get_content/pending_payout_value").asText());
        Asset after = Asset.parse(post.path("pending_payout_value").asText());
        assertThat(e.payoutBefore()).as("payout before").isEqualTo(before);
        assertThat(e.now().payoutAfter()).as("payout after").isEqualTo(after);
        assertThat(e.payoutChange()).as("payout change").isEqualTo(after.minus(before));
        assertThat(e.reverseAuctionSeconds()).isEqualTo(300);
        assertThat(e.changesVote()).isEqualTo(name.startsWith("vote-change"));
    }

    @Test
    void theCurationWindowIsReadFromTheNode() throws Exception {
        JsonNode first = findCase("first-upvote-at-30s");
        VoteEstimate e = estimate(serving(first.path("before"), a -> { }), first);
        assertThat(e.ageSeconds()).isEqualTo(30);
        assertThat(e.agePenaltySeconds()).isEqualTo(270);
        assertThat(e.atBestAge().ageSeconds()).isEqualTo(300);
        assertThat(e.atBestAge().curationWeight()).isGreaterThan(e.curationWeight());
        // The same post on a chain whose window is 900 s (HF20): 30 of 900 s, a thirtieth of the weight.
        VoteEstimate hf20 = estimate(serving(first.path("before"), a -> ((ObjectNode) a.path(
                "get_dynamic_global_properties")).put("reverse_auction_seconds", 900)), first);
        assertThat(hf20.agePenaltySeconds()).isEqualTo(870);
        assertThat(hf20.curationWeight()).isEqualTo(hf20.now().maxCurationWeight().multiply(BigInteger.valueOf(30))
                .divide(BigInteger.valueOf(900)));
    }

    @Test
    void economicObjectsAreCachedAndTheConfigIsReadOnce() throws Exception {
        JsonNode c = findCase("tiny-voter-on-small-post");
        NodeVoteSituations situations = serving(c.path("before"), a -> { });
        estimate(situations, c);
        estimate(situations, c);
        assertThat(lastNode.received("condenser_api.get_config")).hasSize(1);
        assertThat(lastNode.received("condenser_api.get_reward_fund")).hasSize(2);
        ChainObjectCache cache = new ChainObjectCache(db);
        for (ChainObject object : List.of(ChainObject.CONFIG, ChainObject.DYNAMIC_GLOBAL_PROPERTIES,
                ChainObject.REWARD_FUND_POST, ChainObject.CURRENT_MEDIAN_HISTORY_PRICE)) {
            assertThat(cache.get(object)).as(object.name()).isPresent();
        }
        assertThat(SteemJson.mapper().readTree(cache.get(ChainObject.REWARD_FUND_POST).orElseThrow().value())
                .path("author_reward_curve").asText()).isEqualTo("convergent_linear");
    }

    @Test
    void aCachedConfigFromAnOlderNodeIsReadAgain() throws Exception {
        JsonNode c = findCase("tiny-voter-on-small-post");
        ObjectNode old = RECORDING.path("get_config").deepCopy();
        old.remove("STEEM_UPVOTE_LOCKOUT_SECONDS");
        new ChainObjectCache(db).put(ChainObject.CONFIG, old.toString(), Instant.EPOCH);
        NodeVoteSituations situations = serving(c.path("before"), a -> { });
        assertThat(estimate(situations, c).rshares()).isEqualTo(c.at("/after/vote/rshares").asLong());
        assertThat(lastNode.received("condenser_api.get_config")).hasSize(1);
        assertThat(new ChainObjectCache(db).get(ChainObject.CONFIG).orElseThrow().value())
                .contains("STEEM_UPVOTE_LOCKOUT_SECONDS");
    }

    @Test
    void anAnswerWithoutANeededFieldIsRefusedByName() throws Exception {
        JsonNode c = findCase("tiny-voter-on-small-post");
        // first, while nothing is cached: a config without the lockout constant
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_config"))
                .remove("STEEM_UPVOTE_LOCKOUT_SECONDS")), c), Kind.MISSING_FIELD, "get_config STEEM_UPVOTE_LOCKOUT_SECONDS");
        // hivemind serves posts without steemd's curation fields
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_content"))
                .remove(List.of("vote_rshares", "total_vote_weight"))), c), Kind.MISSING_FIELD, "get_content vote_rshares");
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_dynamic_global_properties"))
                .remove("reverse_auction_seconds")), c), Kind.MISSING_FIELD,
                "get_dynamic_global_properties reverse_auction_seconds");
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_dynamic_global_properties"))
                .remove("vote_power_reserve_rate")), c), Kind.MISSING_FIELD,
                "get_dynamic_global_properties vote_power_reserve_rate");
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_reward_fund"))
                .remove("curation_reward_curve")), c), Kind.MISSING_FIELD, "get_reward_fund curation_reward_curve");
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_reward_fund"))
                .put("author_reward_curve", "linear_v2")), c), Kind.UNKNOWN_CURVE, "linear_v2");
    }

    @Test
    void unknownPostsAccountsAndPaidOutPostsAreRefused() throws Exception {
        JsonNode c = findCase("tiny-voter-on-small-post");
        // steemd's answer for a post it does not have: a placeholder with id 0 and an empty author
        ObjectNode placeholder = SteemJson.mapper().createObjectNode().put("id", 0).put("author", "").put("permlink", "");
        assertKind(() -> estimate(serving(c.path("before"), a -> a.set("get_content", placeholder)), c),
                Kind.POST_NOT_FOUND, "alice/hello-steem-photo-walk");
        assertKind(() -> estimate(serving(c.path("before"), a -> a.set("get_accounts",
                SteemJson.mapper().createArrayNode())), c), Kind.ACCOUNT_NOT_FOUND, "curator.app");
        assertKind(() -> estimate(serving(c.path("before"), a -> ((ObjectNode) a.path("get_content"))
                .put("cashout_time", "1969-12-31T23:59:59")), c), Kind.POST_PAID_OUT, "alice/hello-steem-photo-walk");
    }

    @Test
    void noNodeAnsweringIsTheAppsOfflineCase() throws Exception {
        JsonNode c = findCase("tiny-voter-on-small-post");
        NodeVoteSituations situations = serving(c.path("before"), a -> { });
        lastNode.close();
        assertThatThrownBy(() -> estimate(situations, c)).isInstanceOf(NodeUnreachableException.class);
    }

    private static JsonNode findCase(String name) {
        for (JsonNode c : RECORDING.path("cases")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void assertKind(ThrowingCallable call, Kind kind, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VoteEstimateException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }
}
