package org.steemdesk.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * A loopback Steem node for the feed, post, vote and wallet views, answering from recorded fixtures: the 2020 kr
 * trending listing (its posts moved to an hour ago, so they can still be voted on), alice (with her oracle keys)
 * and bob as accounts, the reward fund and median price, empty replies and history, and broadcasts that are
 * counted. {@link #offline(boolean)} makes every call fail with 503, as an unreachable node.
 */
final class ViewsNode extends Dispatcher implements AutoCloseable {
    static final String BROADCAST = "condenser_api.broadcast_transaction_synchronous";
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final ArrayNode posts;
    private final ObjectNode alice;
    private final ObjectNode bob;
    private volatile boolean offline;

    ViewsNode() {
        posts = (ArrayNode) fixture("get_discussions_by_trending-2020-hivemind-kr.json").deepCopy();
        posts.forEach(p -> {
            ((ObjectNode) p).put("created", time(now.minus(Duration.ofHours(1))));
            ((ObjectNode) p).put("cashout_time", time(now.plus(Duration.ofDays(6))));
        });
        alice = account("alice", VaultFixtures.aliceKeys());
        bob = account("bob", LoginKeys.derive(org.steemdesk.chain.protocol.AccountName.of("bob"),
                "P5bob-views-test-pass".toCharArray()));
        server.setDispatcher(this);
        try {
            server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return server.url("/").uri();
    }

    void offline(boolean down) {
        offline = down;
    }

    List<String> received(String method) {
        return List.copyOf(received.getOrDefault(method, List.of()));
    }

    /** The first post of the recorded listing (a Korean post by a kr author). */
    JsonNode firstPost() {
        return posts.get(0);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (offline) {
            return new MockResponse.Builder().code(503).body("down").build();
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        JsonNode call;
        try {
            call = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String method = call.path("method").asText();
        JsonNode params = call.path("params");
        received.computeIfAbsent(method, m -> java.util.Collections.synchronizedList(new ArrayList<>())).add(body);
        JsonNode result = switch (method) {
            case "condenser_api.get_dynamic_global_properties" -> {
                ObjectNode dgp = (ObjectNode) fixture("get_dynamic_global_properties-2022.json").deepCopy();
                dgp.put("time", time(Instant.now()));
                yield dgp;
            }
            case "condenser_api.get_config" -> fixture("get_config-2020.json");
            case "condenser_api.get_accounts" -> {
                ArrayNode out = MAPPER.createArrayNode();
                params.path(0).forEach(n -> {
                    if (n.asText().equals("alice")) {
                        out.add(alice);
                    } else if (n.asText().equals("bob")) {
                        out.add(bob);
                    }
                });
                yield out;
            }
            case "condenser_api.get_discussions_by_trending", "condenser_api.get_discussions_by_hot",
                 "condenser_api.get_discussions_by_created" -> posts;
            case "condenser_api.get_content" -> {
                for (JsonNode p : posts) {
                    if (p.path("author").asText().equals(params.path(0).asText())
                            && p.path("permlink").asText().equals(params.path(1).asText())) {
                        yield p;
                    }
                }
                yield fixture("get_content-nonexistent.json");
            }
            case "condenser_api.get_active_votes", "condenser_api.get_content_replies",
                 "condenser_api.get_account_history", "condenser_api.get_vesting_delegations",
                 "condenser_api.get_savings_withdraw_from", "condenser_api.get_discussions_by_feed",
                 "condenser_api.get_discussions_by_blog" -> MAPPER.createArrayNode();
            case "condenser_api.get_reward_fund" -> fixture("get_reward_funds-2018.json").path("funds").path(0);
            case "condenser_api.get_current_median_history_price" ->
                    fixture("get_current_median_history_price-2020.json");
            case BROADCAST -> {
                ObjectNode ok = MAPPER.createObjectNode();
                ok.put("id", "0".repeat(40));
                ok.put("block_num", 66379829);
                ok.put("trx_num", 0);
                ok.put("expired", false);
                yield ok;
            }
            default -> null;
        };
        if (result == null) {
            return new MockResponse.Builder().code(500).body("not served: " + method).build();
        }
        ObjectNode response = MAPPER.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", call.path("id"));
        response.set("result", result);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(response.toString()).build();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
    }

    private static ObjectNode account(String name, LoginKeys keys) {
        ObjectNode account = (ObjectNode) fixture("get_accounts-2022.json").path(0).deepCopy();
        try {
            account.put("name", name);
            for (KeyRole role : new KeyRole[] {KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING}) {
                ObjectNode authority = MAPPER.createObjectNode().put("weight_threshold", 1);
                authority.putArray("account_auths");
                authority.putArray("key_auths").addArray().add(keys.publicKey(role).toString()).add(1);
                account.set(role.wireName(), authority);
            }
            account.put("memo_key", keys.publicKey(KeyRole.MEMO).toString());
            return account;
        } finally {
            keys.destroy();
        }
    }

    private static JsonNode fixture(String name) {
        try (var in = ViewsNode.class.getResourceAsStream("/fixtures/" + name)) {
            return MAPPER.readTree(in).path("response").path("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
