package org.steemdesk.app.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.Interceptor;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/**
 * The chain the wallet tests see, served by the shared {@link TestNode}: accounts built on the recorded 2022
 * {@code get_accounts} response with keys derived from test passwords, their delegations, savings withdrawals and
 * history, the recorded config, global properties whose vesting totals are round numbers (1 SP = 1937.5 VESTS), and
 * broadcasts that are applied once each (a repeat is refused as steemd's duplicate check does) unless a test
 * scripts replies first ({@link #thenBroadcast}).
 */
public final class WalletChain implements AutoCloseable {
    public static final String BROADCAST = TestNode.BROADCAST;
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    /** Reads that answer an empty list unless a test scripts them with {@link #answer}. */
    private static final List<String> EMPTY_LISTS = List.of("condenser_api.get_following",
            "condenser_api.get_conversion_requests", "condenser_api.get_withdraw_routes",
            "condenser_api.get_owner_history", "condenser_api.get_expiring_vesting_delegations",
            "condenser_api.get_witnesses_by_vote");

    private final TestNode node;
    private final Clock clock;
    private final Map<String, ObjectNode> accounts = new LinkedHashMap<>();
    private final Map<String, ArrayNode> history = new LinkedHashMap<>();
    private final Set<String> applied = new HashSet<>();
    private final ArrayNode delegations = MAPPER.createArrayNode();
    private final ArrayNode savingsWithdrawals = MAPPER.createArrayNode();
    private final ObjectNode config = (ObjectNode) Recorded.result(Recorded.CONFIG_2020);

    WalletChain(Clock clock) {
        this.clock = clock;
        this.node = TestNode.start(clock)
                .editGlobalProperties(p -> p.put("total_vesting_fund_steem", "160000000.000 STEEM")
                        .put("total_vesting_shares", "310000000000.000000 VESTS"))
                .reply(BROADCAST, this::broadcast)
                .answer("condenser_api.get_config", params -> config())
                .answer("condenser_api.get_vesting_delegations", this::delegationsFrom)
                .answer("condenser_api.get_savings_withdraw_from", this::withdrawalsFrom)
                .answer("condenser_api.get_account_history", this::historyOf)
                // The planner's other reads: steemd's delegation minimum, the feed price, no witness, no recovery
                // request; the recipient checks see the account's history and whom it follows.
                .answer("condenser_api.get_chain_properties",
                        Recorded.result("get_chain_properties-2020.json"))
                .answer("condenser_api.get_current_median_history_price",
                        MAPPER.createObjectNode().put("base", "0.250 SBD").put("quote", "1.000 STEEM"))
                .answer("condenser_api.get_witness_by_account", MAPPER.nullNode())
                .answer("database_api.find_change_recovery_account_requests", requestsNone());
        EMPTY_LISTS.forEach(method -> node.answer(method, MAPPER.createArrayNode()));
    }

    /** The Steemit login password of the test account {@code name}. */
    public static char[] password(String name) {
        return ("P5" + name + "-wallet-test-pass").toCharArray();
    }

    public static PrivateKey key(String name, KeyRole role) {
        return LoginKeys.derive(AccountName.of(name), role, password(name));
    }

    /** Adds (or replaces) an account with keys from {@link #password}; {@code fields} override the recorded ones. */
    public synchronized WalletChain account(String name, Map<String, Object> fields) {
        ObjectNode a = Recorded.account(name, new Recorded.AccountKeys(publicKey(name, KeyRole.OWNER),
                publicKey(name, KeyRole.ACTIVE), publicKey(name, KeyRole.POSTING), publicKey(name, KeyRole.MEMO)));
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
        accounts.put(name, a);
        return update(name, fields);
    }

    /** Changes fields of an account already added (a new route, keys, a proxy...). */
    public synchronized WalletChain update(String name, Map<String, Object> fields) {
        ObjectNode a = accounts.get(name).deepCopy();
        fields.forEach((k, v) -> a.set(k, MAPPER.valueToTree(v)));
        accounts.put(name, a);
        node.account(a);
        return this;
    }

    synchronized WalletChain delegation(String delegator, String delegatee, String vests) {
        add(delegations, "delegator", delegator, "delegatee", delegatee, "vesting_shares", vests,
                "min_delegation_time", "2022-01-01T00:00:00");
        return this;
    }

    synchronized WalletChain savingsWithdrawal(String from, long requestId, String amount) {
        add(savingsWithdrawals, "from", from, "to", from, "memo", "", "request_id", requestId, "amount", amount,
                "complete", "2030-01-01T00:00:00");
        return this;
    }

    /** Appends a chain object numbered after its place in {@code list}, with the given fields (name, value, …). */
    private static void add(ArrayNode list, Object... fields) {
        ObjectNode object = list.addObject();
        object.put("id", list.size());
        for (int i = 0; i < fields.length; i += 2) {
            object.set((String) fields[i], MAPPER.valueToTree(fields[i + 1]));
        }
    }

    /** Appends an entry to {@code account}'s history: the operation {@code [opName, body]} in {@code trxId}, now. */
    public synchronized WalletChain history(String account, String opName, Map<String, Object> body, String trxId) {
        ArrayNode entries = history.computeIfAbsent(account, a -> MAPPER.createArrayNode());
        ArrayNode entry = entries.addArray();
        entry.add(entries.size() - 1);
        ObjectNode e = entry.addObject().put("trx_id", trxId).put("block", TestNode.BROADCAST_BLOCK)
                .put("trx_in_block", 0).put("op_in_trx", 0).put("virtual_op", 0)
                .put("timestamp", Recorded.steemTime(clock.instant()));
        e.putArray("op").add(opName).add(MAPPER.valueToTree(body));
        return this;
    }

    /** Answers {@code method} (e.g. {@code condenser_api.get_witnesses_by_vote}) with what {@code answer} makes of it. */
    public WalletChain answer(String method, Function<JsonNode, JsonNode> answer) {
        node.answer(method, answer);
        return this;
    }

    /** The next broadcast gets {@code reply}; several are used in order, then broadcasts are applied again. */
    public WalletChain thenBroadcast(Reply reply) {
        node.then(BROADCAST, reply);
        return this;
    }

    /** From now on every answer is a truncated JSON document. */
    public void answerGarbage() {
        node.answerAll(Reply.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"head_block_number\":[gar"));
    }

    /** A chain whose config predates HF23's 4 intervals: only {@code STEEM_VESTING_WITHDRAW_INTERVALS} = 13. */
    synchronized WalletChain withoutHf23Intervals() {
        config.remove("STEEM_VESTING_WITHDRAW_INTERVALS_HF_23");
        return this;
    }

    /** How many distinct signed transactions the node applied. */
    public synchronized int appliedCount() {
        return applied.size();
    }

    /** The exact bodies of the calls of {@code method}, in the order they came. */
    public List<String> received(String method) {
        return node.received(method);
    }

    /** The node itself: what it received, one-shot replies, faults. */
    public TestNode node() {
        return node;
    }

    public URI url() {
        return node.url();
    }

    public CondenserApi api() {
        return reader().api();
    }

    /** A pool on this node only; a second round re-sends what an unclear answer left open. */
    NodeReader reader() {
        return TestReaders.reader(node, clock, 2);
    }

    /** As {@link #reader()}, every exchange passing through {@code interceptor} (e.g. to stop the "process"). */
    NodeReader reader(Interceptor interceptor) {
        return TestReaders.reader(node, clock, 2, interceptor);
    }

    private synchronized Reply broadcast(JsonNode params) {
        if (!applied.add(params.get(0).toString())) {
            // steemd's duplicate check: the same signed transaction is applied once.
            return Reply.error(-32000, "Duplicate transaction check failed");
        }
        return Reply.result(MAPPER.createObjectNode().put("id", "0".repeat(40))
                .put("block_num", TestNode.BROADCAST_BLOCK).put("trx_num", 0).put("expired", false));
    }

    private static JsonNode requestsNone() {
        ObjectNode none = MAPPER.createObjectNode();
        none.putArray("requests");
        return none;
    }

    private synchronized JsonNode config() {
        return config.deepCopy();
    }

    private synchronized JsonNode historyOf(JsonNode params) {
        ArrayNode all = history.getOrDefault(params.get(0).asText(), MAPPER.createArrayNode());
        long from = params.get(1).asLong();
        int limit = params.get(2).asInt();
        long end = from < 0 || from >= all.size() ? all.size() - 1 : from;
        ArrayNode out = MAPPER.createArrayNode();
        for (long i = Math.max(0, end - limit); i <= end; i++) {
            out.add(all.get((int) i));
        }
        return out;
    }

    private synchronized JsonNode delegationsFrom(JsonNode params) {
        ArrayNode out = MAPPER.createArrayNode();
        delegations.forEach(d -> {
            if (d.path("delegator").asText().equals(params.get(0).asText())
                    && d.path("delegatee").asText().compareTo(params.get(1).asText()) >= 0) {
                out.add(d);
            }
        });
        return out;
    }

    private synchronized JsonNode withdrawalsFrom(JsonNode params) {
        ArrayNode out = MAPPER.createArrayNode();
        savingsWithdrawals.forEach(w -> {
            if (w.path("from").asText().equals(params.get(0).asText())) {
                out.add(w);
            }
        });
        return out;
    }

    private static String publicKey(String name, KeyRole role) {
        PrivateKey key = key(name, role);
        try {
            return key.publicKey().toString();
        } finally {
            key.destroy();
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
