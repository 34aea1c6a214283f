package org.steemdesk.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.Fault;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/**
 * The chain the desktop's tests see, served by the shared {@link TestNode} with its head block now: alice (with her
 * oracle keys) and bob as accounts, alice's resource credits, the 2020 kr trending listing (its posts moved to an hour
 * ago, so they can still be voted on), the reward fund, the median price and the config as recorded, the comments a
 * test adds ({@link #comment}) and otherwise no replies, empty votes and history, and broadcasts that are accepted and counted. {@link #offline(boolean)} makes every call fail
 * with 503, as an unreachable node.
 */
final class DesktopChain implements AutoCloseable {
    private static final List<String> EMPTY_LISTS = List.of("get_active_votes", "get_account_history",
            "get_vesting_delegations", "get_savings_withdraw_from", "get_discussions_by_feed",
            "get_discussions_by_blog", "get_following");

    private final TestNode node = TestNode.start();
    private final ArrayNode posts = (ArrayNode) Recorded.result("get_discussions_by_trending-2020-hivemind-kr.json");
    private final List<ObjectNode> comments = new CopyOnWriteArrayList<>();

    DesktopChain() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        posts.forEach(p -> ((ObjectNode) p).put("created", Recorded.steemTime(now.minus(Duration.ofHours(1))))
                .put("cashout_time", Recorded.steemTime(now.plus(Duration.ofDays(6)))));
        posts.forEach(DesktopChain::withCurationFields);
        ObjectNode rc = (ObjectNode) Recorded.result("find_rc_accounts-2018.json");
        ((ObjectNode) rc.path("rc_accounts").path(0)).put("account", "alice");
        node.account(account(VaultFixtures.aliceKeys()))
                .account(account(LoginKeys.derive(AccountName.of("bob"), "P5bob-views-test-pass".toCharArray())))
                .answer("rc_api.find_rc_accounts", rc)
                .answer("condenser_api.get_config", Recorded.result(Recorded.CONFIG_2020))
                .answer("condenser_api.get_discussions_by_trending", posts)
                .answer("condenser_api.get_discussions_by_hot", posts)
                .answer("condenser_api.get_discussions_by_created", posts)
                .answer("condenser_api.get_content", this::content)
                .answer("condenser_api.get_content_replies", this::replies)
                .answer("condenser_api.get_reward_fund",
                        Recorded.result("get_reward_funds-2018.json").path("funds").path(0))
                .answer("condenser_api.get_current_median_history_price",
                        Recorded.result("get_current_median_history_price-2020.json"))
                .acceptBroadcasts();
        EMPTY_LISTS.forEach(method -> node.answer("condenser_api." + method, SteemJson.mapper().createArrayNode()));
    }

    URI url() {
        return node.url();
    }

    void offline(boolean down) {
        node.fault(down ? Fault.UNAVAILABLE : null);
    }

    /** {@code method} answers {@code result} from now on (a wallet overview's list, the account guard's reads). */
    void answer(String method, JsonNode result) {
        node.answer(method, result);
    }

    /**
     * The account guard's reads find nothing to report: no recovery-account change, no owner history, no routes
     * (what the wallet page asks for besides the account).
     */
    void noAccountChanges() {
        ObjectNode noRecovery = SteemJson.mapper().createObjectNode();
        noRecovery.putArray("requests");
        answer("database_api.find_change_recovery_account_requests", noRecovery);
        answer("condenser_api.get_owner_history", SteemJson.mapper().createArrayNode());
        answer("condenser_api.get_withdraw_routes", SteemJson.mapper().createArrayNode());
    }

    /** {@code method} gets {@code reply} from now on (e.g. a broadcast whose outcome stays unclear). */
    void reply(String method, Reply reply) {
        node.reply(method, params -> reply);
    }

    /** {@code method}'s reply from now on depends on its parameters (a broadcast the test applies to the chain). */
    void replyTo(String method, java.util.function.Function<JsonNode, Reply> reply) {
        node.reply(method, reply);
    }

    /** Serves {@code account} to get_accounts from now on, in place of the one of its name. */
    void account(JsonNode account) {
        node.account(account);
    }

    /** Broadcasts are accepted again. */
    void acceptBroadcasts() {
        node.acceptBroadcasts();
    }

    /** {@code method} answers what {@code result} makes of the call's params (e.g. a listing paged as steemd pages). */
    void answer(String method, Function<JsonNode, JsonNode> result) {
        node.answer(method, result);
    }

    /**
     * A comment by {@code author} on the first post, an hour old, answered by get_content and get_content_replies,
     * with the fields a vote's estimate needs; the returned object may be changed (a vote the chain took).
     */
    ObjectNode comment(String author, String permlink, String body) {
        JsonNode parent = firstPost();
        ObjectNode c = ((ObjectNode) parent.deepCopy()).put("author", author).put("permlink", permlink)
                .put("parent_author", parent.path("author").asText())
                .put("parent_permlink", parent.path("permlink").asText()).put("title", "").put("body", body)
                .put("depth", 1).put("children", 0).put("net_rshares", "0").put("vote_rshares", "0")
                .put("json_metadata", "{}").put("pending_payout_value", "0.000 SBD");
        c.putArray("active_votes");
        c.putArray("replies");
        comments.add(c);
        return c;
    }

    List<String> received(String method) {
        return node.received(method);
    }

    /** The first post of the recorded listing (a Korean post by a kr author). */
    JsonNode firstPost() {
        return posts.get(0);
    }

    private JsonNode replies(JsonNode params) {
        ArrayNode answer = SteemJson.mapper().createArrayNode();
        comments.stream().filter(c -> c.path("parent_author").asText().equals(params.path(0).asText())
                && c.path("parent_permlink").asText().equals(params.path(1).asText())).forEach(answer::add);
        return answer;
    }

    private JsonNode content(JsonNode params) {
        for (JsonNode p : comments) {
            if (p.path("author").asText().equals(params.path(0).asText())
                    && p.path("permlink").asText().equals(params.path(1).asText())) {
                return p;
            }
        }
        for (JsonNode p : posts) {
            if (p.path("author").asText().equals(params.path(0).asText())
                    && p.path("permlink").asText().equals(params.path(1).asText())) {
                return p;
            }
        }
        return Recorded.result("get_content-nonexistent.json");
    }

    /**
     * A hivemind listing lacks the fields steemd's get_content has for valuing a vote; the vote panel's estimate
     * needs them, so each post gets them as steemd would have them (all its rshares counted, curation open).
     */
    private static void withCurationFields(JsonNode post) {
        ObjectNode p = (ObjectNode) post;
        if (!p.has("vote_rshares")) {
            p.put("vote_rshares", p.path("net_rshares").asText("0"));
        }
        if (!p.has("total_vote_weight")) {
            p.put("total_vote_weight", "0");
        }
        if (!p.has("reward_weight")) {
            p.put("reward_weight", 10_000);
        }
        if (!p.has("allow_votes")) {
            p.put("allow_votes", true);
        }
        if (!p.has("allow_curation_rewards")) {
            p.put("allow_curation_rewards", true);
        }
        if (!p.has("max_accepted_payout")) {
            p.put("max_accepted_payout", "1000000.000 SBD");
        }
    }

    private static ObjectNode account(LoginKeys keys) {
        try {
            return Recorded.account(keys.account().value(), new Recorded.AccountKeys(
                    keys.publicKey(KeyRole.OWNER).toString(), keys.publicKey(KeyRole.ACTIVE).toString(),
                    keys.publicKey(KeyRole.POSTING).toString(), keys.publicKey(KeyRole.MEMO).toString()));
        } finally {
            keys.destroy();
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
