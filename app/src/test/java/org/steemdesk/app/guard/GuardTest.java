package org.steemdesk.app.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.guard.GuardAlertKind;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * The account guard against a loopback node: the first pass only takes the snapshot; every later change of keys,
 * recovery account, routes, power down, proxy, and every transfer or delegation out above the thresholds is an
 * alert with its remedy, and one whose transaction is in the outbox is the user's own.
 */
class GuardTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final String THIEF_TX = "aa".repeat(20);
    private static final String OWN_TX = "bb".repeat(20);

    private final Clock clock = Clock.systemUTC();
    private final WalletChain chain = WalletFixture.chain(clock).update("alice", Map.of("recovery_account", "steem"));

    @TempDir
    Path dir;

    private CacheDatabase cache;
    private Guard guard;

    @BeforeEach
    void open() throws Exception {
        cache = CacheDatabase.open(dir.resolve("cache.db"));
        guard = new Guard(chain::api, () -> cache, clock);
        chain.history("alice", "transfer", Map.of("from", "alice", "to", "bob", "amount", "5.000 STEEM", "memo", ""),
                "cc".repeat(20));
        GuardReport first = guard.check(ALICE);
        assertThat(first.firstPass()).isTrue();
        assertThat(first.alerts()).isEmpty();
    }

    @AfterEach
    void close() {
        cache.close();
        chain.close();
    }

    @Test
    void aPassWithoutChangesHasNoAlerts() throws Exception {
        GuardReport again = guard.check(ALICE);
        assertThat(again.firstPass()).isFalse();
        assertThat(again.alerts()).isEmpty();
    }

    @Test
    void aThiefsRouteAndPowerDownAreAlertsWithTheirRemedies() throws Exception {
        chain.answer("condenser_api.get_withdraw_routes", params -> route("thief", 10000));
        chain.history("alice", "set_withdraw_vesting_route", Map.of("from_account", "alice", "to_account", "thief",
                "percent", 10000, "auto_vest", false), THIEF_TX);
        chain.history("alice", "withdraw_vesting", Map.of("account", "alice", "vesting_shares",
                "4000000.000000 VESTS"), THIEF_TX);
        chain.update("alice", Map.of("vesting_withdraw_rate", "1000000.000000 VESTS", "to_withdraw",
                4_000_000_000_000L, "next_vesting_withdrawal", "2031-01-01T00:00:00"));

        List<GuardAlert> alerts = guard.check(ALICE).alerts();
        assertThat(alerts).extracting(GuardAlert::kind)
                .containsExactly(GuardAlertKind.ROUTE_ADDED, GuardAlertKind.POWER_DOWN_STARTED);
        GuardAlert route = alerts.get(0);
        assertThat(route.subject()).isEqualTo("thief");
        assertThat(route.after()).isEqualTo("100%");
        assertThat(route.txId()).contains(THIEF_TX);
        assertThat(route.own()).isFalse();
        assertThat(route.remedy().request()).contains(new WalletRequest.WithdrawRoute(AccountName.of("thief"), 0,
                false));
        assertThat(alerts.get(1).remedy().request()).contains(new WalletRequest.CancelPowerDown());
        assertThat(guard.alerts(ALICE, 10)).extracting(GuardAlert::kind)
                .containsExactly(GuardAlertKind.POWER_DOWN_STARTED, GuardAlertKind.ROUTE_ADDED);
        assertThat(guard.check(ALICE).alerts()).isEmpty();
    }

    @Test
    void aChangeMadeThroughSteemdeskIsMarkedAsTheUsersOwn() throws Exception {
        new Outbox(cache).enqueue(new SignedTransactionData("{}", OWN_TX, Instant.now().plusSeconds(600)),
                Instant.now());
        chain.history("alice", "account_witness_proxy", Map.of("account", "alice", "proxy", "bob"), OWN_TX);
        chain.update("alice", Map.of("proxy", "bob"));
        GuardAlert proxy = guard.check(ALICE).alerts().get(0);
        assertThat(proxy.kind()).isEqualTo(GuardAlertKind.PROXY_CHANGED);
        assertThat(proxy.after()).isEqualTo("bob");
        assertThat(proxy.own()).isTrue();
        assertThat(proxy.remedy().kind()).isEqualTo(RemedyKind.NONE);
    }

    @Test
    void aNewOwnerKeyAndARequestedRecoveryChangePointToAccountRecovery() throws Exception {
        chain.update("alice", Map.of("owner", Map.of("weight_threshold", 1, "account_auths", List.of(),
                "key_auths", List.of(List.of(WalletChain.key("bob", KeyRole.OWNER).publicKey().toString(), 1)))));
        chain.answer("database_api.find_change_recovery_account_requests", params -> {
            ObjectNode answer = SteemJson.mapper().createObjectNode();
            ObjectNode r = answer.putArray("requests").addObject();
            r.put("id", 1);
            r.put("account_to_recover", "alice");
            r.put("recovery_account", "thief");
            r.put("effective_on", "2031-01-01T00:00:00");
            return answer;
        });
        List<GuardAlert> alerts = guard.check(ALICE).alerts();
        assertThat(alerts).extracting(GuardAlert::kind).containsExactly(GuardAlertKind.OWNER_KEY_CHANGED,
                GuardAlertKind.RECOVERY_CHANGE_REQUESTED);
        assertThat(alerts.get(0).remedy().explainsRecovery()).isTrue();
        assertThat(alerts.get(1).after()).startsWith("thief ");
        assertThat(alerts.get(1).remedy().request()).contains(new WalletRequest.ChangeRecoveryAccount(
                AccountName.of("steem")));
    }

    @Test
    void transfersAndDelegationsOutAreAlertsFromTheUsersThresholds() throws Exception {
        guard.setThresholds(new GuardThresholds(Asset.parse("100.000 STEEM"), Asset.parse("10.000 SBD"),
                Asset.parse("5.000 STEEM")));
        chain.history("alice", "transfer", Map.of("from", "alice", "to", "thief", "amount", "50.000 STEEM",
                "memo", ""), THIEF_TX);
        chain.history("alice", "transfer", Map.of("from", "alice", "to", "thief", "amount", "150.000 STEEM",
                "memo", ""), THIEF_TX);
        chain.history("alice", "transfer", Map.of("from", "bob", "to", "alice", "amount", "500.000 STEEM",
                "memo", ""), THIEF_TX);
        chain.history("alice", "transfer_from_savings", Map.of("from", "alice", "to", "thief", "request_id", 7,
                "amount", "20.000 SBD", "memo", ""), THIEF_TX);
        chain.history("alice", "delegate_vesting_shares", Map.of("delegator", "alice", "delegatee", "thief",
                "vesting_shares", "19375.000000 VESTS"), THIEF_TX);
        chain.history("alice", "delegate_vesting_shares", Map.of("delegator", "alice", "delegatee", "bob",
                "vesting_shares", "1937.500000 VESTS"), THIEF_TX);
        List<GuardAlert> alerts = guard.check(ALICE).alerts();
        assertThat(alerts).extracting(GuardAlert::kind).containsExactly(GuardAlertKind.TRANSFER_OUT,
                GuardAlertKind.SAVINGS_WITHDRAWAL_OUT, GuardAlertKind.DELEGATION_OUT);
        assertThat(alerts.get(0).after()).isEqualTo("150.000 STEEM");
        assertThat(alerts.get(1).remedy().request()).contains(new WalletRequest.SavingsCancel(7));
        assertThat(alerts.get(2).remedy().target()).isEqualTo("thief");
        assertThat(guard.thresholds().sp()).isEqualTo(Asset.parse("5.000 STEEM"));
    }

    private static ArrayNode route(String to, int percent) {
        ArrayNode list = SteemJson.mapper().createArrayNode();
        ObjectNode r = list.addObject();
        r.put("id", 1);
        r.put("from_account", "alice");
        r.put("to_account", to);
        r.put("percent", percent);
        r.put("auto_vest", false);
        return list;
    }

}
