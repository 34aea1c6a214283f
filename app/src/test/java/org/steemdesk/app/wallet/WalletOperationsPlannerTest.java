package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * The newer wallet operations planned against a loopback node: conversions, witness votes and proxy, power-down
 * routes, recovery account, a password change; each refusal before anything is signed, with steemd's limits.
 */
class WalletOperationsPlannerTest {
    private final Clock clock = Clock.systemUTC();
    @TempDir
    Path dir;

    @RegisterExtension
    final PlanningDesk desk = new PlanningDesk(WalletFixture.chain(clock).update("alice", Map.of("witness_votes",
            List.of("good-witness"), "witnesses_voted_for", 1, "recovery_account", "steem")), () -> dir);
    private final WalletChain chain = desk.chain;

    private WalletPlan plan(WalletRequest request) {
        return desk.plan(request, KeyRole.ACTIVE);
    }

    private void assertRefused(WalletRequest request, Reason reason, String... details) {
        desk.assertRefused(request, reason, details);
    }

    private static ObjectNode witness(String owner, long votes, boolean disabled) {
        ObjectNode w = SteemJson.mapper().createObjectNode();
        w.put("owner", owner);
        w.put("url", "https://example.com/" + owner);
        w.put("votes", Long.toString(votes));
        w.put("running_version", "0.23.1");
        if (disabled) {
            w.put("signing_key", "STM1111111111111111111111111111111114T1Anm");
        }
        return w;
    }

    private WalletChain witnesses(String... owners) {
        return chain.answer("condenser_api.get_witness_by_account", params -> List.of(owners)
                .contains(params.get(0).asText()) ? witness(params.get(0).asText(), 1, false)
                : SteemJson.mapper().nullNode());
    }

    @Test
    void aConversionTakesAFreeRequestIdAndSettlesAfterTheConfigsDelay() {
        chain.answer("condenser_api.get_conversion_requests", params -> {
            ArrayNode list = SteemJson.mapper().createArrayNode();
            for (long id : new long[] {1, 2, 4}) {
                ObjectNode c = list.addObject();
                c.put("id", id);
                c.put("owner", "alice");
                c.put("requestid", id);
                c.put("amount", "1.000 SBD");
                c.put("conversion_date", "2030-01-01T00:00:00");
            }
            return list;
        });
        WalletPlan plan = plan(new WalletRequest.Convert(Asset.parse("5.000 SBD")));
        assertThat(plan.operationsJson()).isEqualTo(
                "[[\"convert\",{\"owner\":\"alice\",\"requestid\":3,\"amount\":\"5.000 SBD\"}]]");
        PlanDetail.Conversion c = (PlanDetail.Conversion) plan.detail().orElseThrow();
        assertThat(c.requestId()).isEqualTo(3);
        Instant head = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(Duration.between(head, c.settlesAt())).isBetween(Duration.ofHours(84).minusSeconds(5),
                Duration.ofHours(84).plusSeconds(5));
        assertThat(c.steemAtTodaysPrice()).contains(Asset.parse("20.000 STEEM"));
        assertThat(plan.after().sbd()).isEqualTo(Asset.parse("84.012 SBD"));
        assertRefused(new WalletRequest.Convert(Asset.parse("89.013 SBD")), Reason.INSUFFICIENT_BALANCE,
                "89.012 SBD", "89.013 SBD");
    }

    @Test
    void witnessVotesAreCheckedAgainstTheWitnessListTheProxyAndTheLimit() {
        witnesses("good-witness", "wit-alpha");
        WalletPlan vote = plan(new WalletRequest.WitnessVote(AccountName.of("wit-alpha"), true));
        assertThat(vote.operationsJson()).isEqualTo("[[\"account_witness_vote\",{\"account\":\"alice\","
                + "\"witness\":\"wit-alpha\",\"approve\":true}]]");
        assertThat(((PlanDetail.WitnessVotes) vote.detail().orElseThrow()).after())
                .containsExactly("good-witness", "wit-alpha");
        assertRefused(new WalletRequest.WitnessVote(AccountName.of("nobody-here"), true), Reason.UNKNOWN_WITNESS,
                "nobody-here");
        assertRefused(new WalletRequest.WitnessVote(AccountName.of("good-witness"), true), Reason.NO_CHANGE);
        assertRefused(new WalletRequest.WitnessVote(AccountName.of("wit-alpha"), false), Reason.NOTHING_TO_DO);

        List<String> thirty = IntStream.range(0, 30).mapToObj(i -> "wit" + (char) ('a' + i / 10) + i).toList();
        chain.update("alice", Map.of("witness_votes", thirty, "witnesses_voted_for", 30));
        assertRefused(new WalletRequest.WitnessVote(AccountName.of("wit-alpha"), true),
                Reason.TOO_MANY_WITNESS_VOTES, "30");

        chain.update("alice", Map.of("proxy", "bob"));
        assertRefused(new WalletRequest.WitnessVote(AccountName.of("wit-alpha"), true), Reason.PROXY_SET, "bob");
    }

    @Test
    void aProxyIsRefusedWhereSteemdWouldRefuseIt() {
        WalletPlan set = plan(new WalletRequest.WitnessProxy(Optional.of(BOB)));
        assertThat(set.operationsJson()).isEqualTo(
                "[[\"account_witness_proxy\",{\"account\":\"alice\",\"proxy\":\"bob\"}]]");
        assertThat(((PlanDetail.Proxy) set.detail().orElseThrow()).votesCleared()).containsExactly("good-witness");
        assertRefused(new WalletRequest.WitnessProxy(Optional.of(ALICE)), Reason.CHAIN_RULE, "Cannot proxy to self");
        assertRefused(new WalletRequest.WitnessProxy(Optional.empty()), Reason.NOTHING_TO_DO);
        chain.update("bob", Map.of("proxy", "alice"));
        assertRefused(new WalletRequest.WitnessProxy(Optional.of(BOB)), Reason.CHAIN_RULE,
                "This proxy would create a proxy loop.");
    }

    @Test
    void routesOverAHundredPercentOrBeyondTheChainsCountAreRefused() {
        chain.answer("condenser_api.get_withdraw_routes", params -> routes(Map.of("bob", 6000)));
        WalletPlan add = plan(new WalletRequest.WithdrawRoute(AccountName.of("poor"), 2500, true));
        assertThat(add.operationsJson()).isEqualTo("[[\"set_withdraw_vesting_route\",{\"from_account\":\"alice\","
                + "\"to_account\":\"poor\",\"percent\":2500,\"auto_vest\":true}]]");
        PlanDetail.Routes detail = (PlanDetail.Routes) add.detail().orElseThrow();
        assertThat(detail.totalAfter()).isEqualTo(8500);
        assertThat(detail.maxRoutes()).isEqualTo(10);
        assertRefused(new WalletRequest.WithdrawRoute(AccountName.of("poor"), 4500, false), Reason.ROUTES_OVER_100,
                "105%");
        assertRefused(new WalletRequest.WithdrawRoute(AccountName.of("poor"), 0, false), Reason.NOTHING_TO_DO);
        assertThat(plan(new WalletRequest.WithdrawRoute(BOB, 0, false)).operationsJson()).contains("\"percent\":0");

        Map<String, Integer> ten = new java.util.LinkedHashMap<>();
        IntStream.range(0, 10).forEach(i -> ten.put("route" + (char) ('a' + i), 100));
        chain.answer("condenser_api.get_withdraw_routes", params -> routes(ten));
        assertRefused(new WalletRequest.WithdrawRoute(BOB, 100, false), Reason.TOO_MANY_ROUTES, "10");
    }

    @Test
    void aRecoveryChangeIsPlannedWithoutTheVaultAndTakesEffectAfterThirtyDays() {
        WalletPlan plan = plan(new WalletRequest.ChangeRecoveryAccount(BOB));
        assertThat(plan.signingRole()).isEqualTo(KeyRole.OWNER);
        assertThat(plan.operationsJson()).isEqualTo("[[\"change_recovery_account\",{\"account_to_recover\":\"alice\","
                + "\"new_recovery_account\":\"bob\",\"extensions\":[]}]]");
        PlanDetail.Recovery r = (PlanDetail.Recovery) plan.detail().orElseThrow();
        assertThat(r.current()).isEqualTo("steem");
        assertThat(Duration.between(clock.instant(), r.effectiveOn()).toDays()).isBetween(29L, 30L);
        assertRefused(new WalletRequest.ChangeRecoveryAccount(AccountName.of("steem")), Reason.UNKNOWN_ACCOUNT,
                "steem");
        chain.account("steem", Map.of());
        assertRefused(new WalletRequest.ChangeRecoveryAccount(AccountName.of("steem")), Reason.NO_CHANGE);
        assertRefused(new WalletRequest.ChangeRecoveryAccount(AccountName.of("no-such-one")), Reason.UNKNOWN_ACCOUNT,
                "no-such-one");
    }

    @Test
    void aPasswordChangeReplacesEveryKeyAndRefusesMultiSignatureAndASecondOwnerChangeWithinTheHour() {
        Map<KeyRole, PublicKey> keys = new EnumMap<>(KeyRole.class);
        for (KeyRole role : KeyRole.values()) {
            keys.put(role, WalletChain.key("bob", role).publicKey());
        }
        chain.update("alice", Map.of("last_owner_update", "2020-01-01T00:00:00"));
        WalletPlan plan = plan(new WalletRequest.RotateKeys(keys));
        JsonNode op = SteemJson.mapper().valueToTree(plan.operations()).get(0).get(1);
        assertThat(op.path("owner").path("key_auths").get(0).get(0).asText()).isEqualTo(keys.get(KeyRole.OWNER)
                .toString());
        assertThat(op.path("memo_key").asText()).isEqualTo(keys.get(KeyRole.MEMO).toString());
        assertThat(plan.signingRole()).isEqualTo(KeyRole.OWNER);

        chain.update("alice", Map.of("last_owner_update", clock.instant().minusSeconds(600).truncatedTo(
                ChronoUnit.SECONDS).toString().replace("Z", "")));
        assertThatThrownBy(() -> plan(new WalletRequest.RotateKeys(keys))).isInstanceOfSatisfying(
                WalletException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OWNER_UPDATE_TOO_SOON));

        chain.update("alice", Map.of("last_owner_update", "2020-01-01T00:00:00", "active", Map.of(
                "weight_threshold", 2, "account_auths", List.of(), "key_auths", List.of(
                        List.of(keys.get(KeyRole.ACTIVE).toString(), 1),
                        List.of(keys.get(KeyRole.OWNER).toString(), 1)))));
        assertRefused(new WalletRequest.RotateKeys(keys), Reason.MULTISIG_AUTHORITY, "active");
    }

    private static ArrayNode routes(Map<String, Integer> shares) {
        ArrayNode list = SteemJson.mapper().createArrayNode();
        shares.forEach((to, percent) -> {
            ObjectNode r = list.addObject();
            r.put("id", list.size());
            r.put("from_account", "alice");
            r.put("to_account", to);
            r.put("percent", percent);
            r.put("auto_vest", false);
        });
        return list;
    }
}
