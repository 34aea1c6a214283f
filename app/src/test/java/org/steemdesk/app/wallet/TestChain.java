package org.steemdesk.app.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Interceptor;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * A loopback node (mockwebserver3) holding a few accounts built on the recorded 2022 {@code get_accounts} response,
 * with their keys derived from test passwords, the recorded global properties and config (vesting totals set to
 * round numbers: 1 SP = 1937.5 VESTS), and scripted broadcast answers. Records every request body by method.
 */
public final class TestChain extends Dispatcher implements AutoCloseable {
    public static final String BROADCAST = "condenser_api.broadcast_transaction_synchronous";
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final Map<String, ObjectNode> accounts = new LinkedHashMap<>();
    private final ObjectNode dgp;
    private final ObjectNode config;
    private final ArrayNode delegations = MAPPER.createArrayNode();
    private final ArrayNode savingsWithdrawals = MAPPER.createArrayNode();
    private final Deque<MockResponse> broadcastAnswers = new ArrayDeque<>();
    private final Map<String, List<String>> received = new LinkedHashMap<>();
    private final Set<String> applied = new LinkedHashSet<>();
    private final Map<String, ArrayNode> history = new LinkedHashMap<>();
    private final Map<String, Function<JsonNode, JsonNode>> answers = new LinkedHashMap<>();
    /** Reads that answer an empty list unless a test scripts them with {@link #answer}. */
    private static final Set<String> EMPTY_LISTS = Set.of("condenser_api.get_following",
            "condenser_api.get_conversion_requests", "condenser_api.get_withdraw_routes",
            "condenser_api.get_owner_history", "condenser_api.get_expiring_vesting_delegations",
            "condenser_api.get_witnesses_by_vote");
    private volatile boolean garbage;

    TestChain(Clock clock) {
        this.clock = clock;
        this.dgp = (ObjectNode) fixture("get_dynamic_global_properties-2022.json").deepCopy();
        dgp.put("total_vesting_fund_steem", "160000000.000 STEEM");
        dgp.put("total_vesting_shares", "310000000000.000000 VESTS");
        this.config = (ObjectNode) fixture("get_config-2020.json").deepCopy();
        server.setDispatcher(this);
        try {
            server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Steemit login password of the test account {@code name}. */
    public static char[] password(String name) {
        return ("P5" + name + "-wallet-test-pass").toCharArray();
    }

    public static PrivateKey key(String name, KeyRole role) {
        return LoginKeys.derive(AccountName.of(name), role, password(name));
    }

    /** Adds an account with keys from {@link #password}; {@code fields} override the recorded ones. */
    public synchronized TestChain account(String name, Map<String, Object> fields) {
        ObjectNode a = (ObjectNode) fixture("get_accounts-2022.json").get(0).deepCopy();
        a.put("name", name);
        for (KeyRole role : List.of(KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING)) {
            ObjectNode authority = MAPPER.createObjectNode();
            authority.put("weight_threshold", 1);
            authority.putArray("account_auths");
            authority.putArray("key_auths").addArray().add(publicKey(name, role)).add(1);
            a.set(role.wireName(), authority);
        }
        a.put("memo_key", publicKey(name, KeyRole.MEMO));
        for (String zero : List.of("delegated_vesting_shares", "received_vesting_shares", "vesting_withdraw_rate",
                "reward_vesting_balance")) {
            a.put(zero, "0.000000 VESTS");
        }
        a.put("reward_steem_balance", "0.000 STEEM");
        a.put("reward_sbd_balance", "0.000 SBD");
        a.put("reward_vesting_steem", "0.000 STEEM");
        a.put("next_vesting_withdrawal", "1969-12-31T23:59:59");
        a.put("to_withdraw", 0);
        a.put("withdrawn", 0);
        fields.forEach((k, v) -> a.set(k, MAPPER.valueToTree(v)));
        accounts.put(name, a);
        return this;
    }

    synchronized TestChain delegation(String delegator, String delegatee, String vests) {
        ObjectNode d = delegations.addObject();
        d.put("id", delegations.size());
        d.put("delegator", delegator);
        d.put("delegatee", delegatee);
        d.put("vesting_shares", vests);
        d.put("min_delegation_time", "2022-01-01T00:00:00");
        return this;
    }

    synchronized TestChain savingsWithdrawal(String from, long requestId, String amount) {
        ObjectNode w = savingsWithdrawals.addObject();
        w.put("id", savingsWithdrawals.size());
        w.put("from", from);
        w.put("to", from);
        w.put("memo", "");
        w.put("request_id", requestId);
        w.put("amount", amount);
        w.put("complete", "2030-01-01T00:00:00");
        return this;
    }

    /** Changes fields of an account already added (a new route, keys, a proxy...). */
    public synchronized TestChain update(String name, Map<String, Object> fields) {
        ObjectNode a = accounts.get(name);
        fields.forEach((k, v) -> a.set(k, MAPPER.valueToTree(v)));
        return this;
    }

    /** Answers {@code method} (e.g. {@code condenser_api.get_witnesses_by_vote}) with what {@code answer} makes of it. */
    public synchronized TestChain answer(String method, Function<JsonNode, JsonNode> answer) {
        answers.put(method, answer);
        return this;
    }

    /** Appends an entry to {@code account}'s history: the operation {@code [opName, body]} in {@code trxId}. */
    public synchronized TestChain history(String account, String opName, Map<String, Object> body, String trxId) {
        ArrayNode entries = history.computeIfAbsent(account, a -> MAPPER.createArrayNode());
        ArrayNode entry = entries.addArray();
        entry.add(entries.size() - 1);
        ObjectNode e = entry.addObject();
        e.put("trx_id", trxId);
        e.put("block", 66379829);
        e.put("trx_in_block", 0);
        e.put("op_in_trx", 0);
        e.put("virtual_op", 0);
        e.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        ArrayNode op = e.putArray("op");
        op.add(opName);
        op.add(MAPPER.valueToTree(body));
        return this;
    }

    /** A chain whose config predates HF23's 4 intervals: only {@code STEEM_VESTING_WITHDRAW_INTERVALS} = 13. */
    synchronized TestChain withoutHf23Intervals() {
        config.remove("STEEM_VESTING_WITHDRAW_INTERVALS_HF_23");
        return this;
    }

    public synchronized TestChain thenBroadcast(MockResponse response) {
        broadcastAnswers.add(response);
        return this;
    }

    /** From now on every answer is a truncated JSON document. */
    public void answerGarbage() {
        garbage = true;
    }

    /** How many distinct signed transactions the node applied (a repeat is answered "duplicate"). */
    public synchronized int appliedCount() {
        return applied.size();
    }

    public synchronized List<String> received(String method) {
        return List.copyOf(received.getOrDefault(method, List.of()));
    }

    public URI url() {
        return server.url("/").uri();
    }

    public CondenserApi api() {
        return reader().api();
    }

    /** A pool on this node only, with a short timeout and no real pauses between rounds. */
    NodeReader reader() {
        return reader(chain -> chain.proceed(chain.request()));
    }

    /** As {@link #reader()}, every exchange passing through {@code interceptor} (e.g. to stop the "process"). */
    NodeReader reader(Interceptor interceptor) {
        NodePool.Settings settings = new NodePool.Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), 2,
                Duration.ofMillis(1), Duration.ofMillis(1));
        NodePool pool = new NodePool(List.of(url()), HttpNode.defaultClient().newBuilder()
                .readTimeout(Duration.ofSeconds(5)).addInterceptor(interceptor).build(), MAPPER, clock, d -> { },
                new SplittableRandom(1), settings);
        return new NodeReader(pool, MAPPER);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        if (garbage) {
            return json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"head_block_number\":[gar");
        }
        JsonNode call;
        try {
            call = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String method = call.path("method").asText();
        JsonNode params = call.path("params");
        synchronized (this) {
            received.computeIfAbsent(method, m -> new ArrayList<>()).add(body);
            Function<JsonNode, JsonNode> answer = answers.get(method);
            if (answer != null) {
                return result(call, answer.apply(params));
            }
            return switch (method) {
                case "condenser_api.get_dynamic_global_properties" -> result(call, headBlock());
                case "condenser_api.get_config" -> result(call, config);
                case "condenser_api.get_chain_properties" -> result(call, fixture("get_chain_properties-2020.json"));
                case "condenser_api.get_accounts" -> {
                    ArrayNode out = MAPPER.createArrayNode();
                    params.get(0).forEach(n -> {
                        if (accounts.containsKey(n.asText())) {
                            out.add(accounts.get(n.asText()));
                        }
                    });
                    yield result(call, out);
                }
                case "condenser_api.get_vesting_delegations" -> {
                    ArrayNode out = MAPPER.createArrayNode();
                    delegations.forEach(d -> {
                        if (d.path("delegator").asText().equals(params.get(0).asText())
                                && d.path("delegatee").asText().compareTo(params.get(1).asText()) >= 0) {
                            out.add(d);
                        }
                    });
                    yield result(call, out);
                }
                case "condenser_api.get_savings_withdraw_from" -> {
                    ArrayNode out = MAPPER.createArrayNode();
                    savingsWithdrawals.forEach(w -> {
                        if (w.path("from").asText().equals(params.get(0).asText())) {
                            out.add(w);
                        }
                    });
                    yield result(call, out);
                }
                case BROADCAST -> {
                    MockResponse scripted = broadcastAnswers.poll();
                    if (scripted != null) {
                        yield scripted;
                    }
                    if (!applied.add(params.get(0).toString())) {
                        // steemd's duplicate check: the same signed transaction is applied once.
                        yield json("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":"
                                + "\"Duplicate transaction check failed\",\"data\":{}}}");
                    }
                    ObjectNode ok = MAPPER.createObjectNode();
                    ok.put("id", "0".repeat(40));
                    ok.put("block_num", 66379829);
                    ok.put("trx_num", 0);
                    ok.put("expired", false);
                    yield result(call, ok);
                }
                default -> scripted(call, method, params);
            };
        }
    }

    private MockResponse scripted(JsonNode call, String method, JsonNode params) {
        if (EMPTY_LISTS.contains(method)) {
            return result(call, MAPPER.createArrayNode());
        }
        if (method.equals("condenser_api.get_account_history")) {
            ArrayNode all = history.getOrDefault(params.get(0).asText(), MAPPER.createArrayNode());
            long from = params.get(1).asLong();
            int limit = params.get(2).asInt();
            long end = from < 0 || from >= all.size() ? all.size() - 1 : from;
            ArrayNode out = MAPPER.createArrayNode();
            for (long i = Math.max(0, end - limit); i <= end; i++) {
                out.add(all.get((int) i));
            }
            return result(call, out);
        }
        if (method.equals("condenser_api.get_current_median_history_price")) {
            ObjectNode price = MAPPER.createObjectNode();
            price.put("base", "0.250 SBD");
            price.put("quote", "1.000 STEEM");
            return result(call, price);
        }
        if (method.equals("condenser_api.get_witness_by_account")) {
            return result(call, MAPPER.nullNode());
        }
        if (method.equals("database_api.find_change_recovery_account_requests")) {
            ObjectNode none = MAPPER.createObjectNode();
            none.putArray("requests");
            return result(call, none);
        }
        return new MockResponse.Builder().code(500).body("not scripted: " + method).build();
    }

    /** The recorded head block, moved to now so the pool finds the node current. */
    private ObjectNode headBlock() {
        ObjectNode head = dgp.deepCopy();
        head.put("time", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        return head;
    }

    private static MockResponse result(JsonNode call, JsonNode result) {
        ObjectNode response = MAPPER.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", call.path("id"));
        response.set("result", result);
        return json(response.toString());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String publicKey(String name, KeyRole role) {
        PrivateKey key = key(name, role);
        try {
            return key.publicKey().toString();
        } finally {
            key.destroy();
        }
    }

    static JsonNode fixture(String name) {
        try (InputStream in = TestChain.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
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
