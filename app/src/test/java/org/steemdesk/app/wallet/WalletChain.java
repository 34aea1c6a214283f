package org.steemdesk.app.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

/**
 * The chain the wallet tests see, served by the shared {@link TestNode}: accounts built on the recorded 2022
 * {@code get_accounts} response with keys derived from test passwords, their delegations and savings withdrawals, the
 * recorded config, global properties whose vesting totals are round numbers (1 SP = 1937.5 VESTS), and broadcasts
 * that are accepted unless a test scripts otherwise on {@link #node()}.
 */
public final class WalletChain implements AutoCloseable {
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    private final TestNode node;
    private final Clock clock;
    private final ArrayNode delegations = MAPPER.createArrayNode();
    private final ArrayNode savingsWithdrawals = MAPPER.createArrayNode();
    private final ObjectNode config = (ObjectNode) Recorded.result(Recorded.CONFIG_2020);

    WalletChain(Clock clock) {
        this.clock = clock;
        this.node = TestNode.start(clock).acceptBroadcasts()
                .editGlobalProperties(p -> p.put("total_vesting_fund_steem", "160000000.000 STEEM")
                        .put("total_vesting_shares", "310000000000.000000 VESTS"))
                .answer("condenser_api.get_config", params -> config())
                .answer("condenser_api.get_vesting_delegations", this::delegationsFrom)
                .answer("condenser_api.get_savings_withdraw_from", this::withdrawalsFrom)
                // The planner's other reads: steemd's delegation minimum and the recipient checks (recent
                // recipients, followed accounts) see an account with no history.
                .answer("condenser_api.get_chain_properties",
                        params -> TestChain.fixture("get_chain_properties-2020.json"))
                .answer("condenser_api.get_account_history", params -> MAPPER.createArrayNode())
                .answer("condenser_api.get_following", params -> MAPPER.createArrayNode())
                .answer("condenser_api.get_witness_by_account", params -> MAPPER.nullNode());
    }

    /** The Steemit login password of the test account {@code name}. */
    static char[] password(String name) {
        return ("P5" + name + "-wallet-test-pass").toCharArray();
    }

    static PrivateKey key(String name, KeyRole role) {
        return LoginKeys.derive(AccountName.of(name), role, password(name));
    }

    /** Adds (or replaces) an account with keys from {@link #password}; {@code fields} override the recorded ones. */
    synchronized WalletChain account(String name, Map<String, Object> fields) {
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
        fields.forEach((k, v) -> a.set(k, MAPPER.valueToTree(v)));
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

    /** A chain whose config predates HF23's 4 intervals: only {@code STEEM_VESTING_WITHDRAW_INTERVALS} = 13. */
    synchronized WalletChain withoutHf23Intervals() {
        config.remove("STEEM_VESTING_WITHDRAW_INTERVALS_HF_23");
        return this;
    }

    /** The node itself: what it received, one-shot replies, faults. */
    public TestNode node() {
        return node;
    }

    public URI url() {
        return node.url();
    }

    CondenserApi api() {
        return reader().api();
    }

    /** A pool on this node only; a second round re-sends what an unclear answer left open. */
    NodeReader reader() {
        return TestReaders.reader(node, clock, 2);
    }

    private synchronized JsonNode config() {
        return config.deepCopy();
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
