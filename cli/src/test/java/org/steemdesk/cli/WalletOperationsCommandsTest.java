package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;
import org.steemdesk.chain.json.SteemJson;

/**
 * The commands of the rest of the wallet in-process against a loopback node: their previews, --json documents and
 * refusals (in English and Korean), with nothing sent where something is refused.
 */
class WalletOperationsCommandsTest {
    @RegisterExtension
    final LoggedInWallet wallet = new LoggedInWallet(WalletFixture.chain(Clock.systemUTC()).update("alice",
            Map.of("witness_votes", List.of("good-witness"), "witnesses_voted_for", 1, "recovery_account", "steem"))
            .account("upbit-exchange", Map.of()).account("upblt-exchange", Map.of()));
    private final WalletChain chain = wallet.chain;

    @BeforeEach
    void answerWitnesses() {
        chain.answer("condenser_api.get_witness_by_account", params -> params.get(0).asText().startsWith("wit")
                ? witness(params.get(0).asText()) : SteemJson.mapper().nullNode());
    }

    private String[] args(String... command) {
        return argsIn("en", command);
    }

    private String[] argsIn(String language, String... command) {
        return wallet.args(language, command);
    }

    private CliRun run(String... command) {
        return CliRun.of(args(command));
    }

    private void assertRefused(CliRun run, String text) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).containsPattern("(?m)^steemdesk: .*" + java.util.regex.Pattern.quote(text));
        assertThat(chain.received(WalletChain.BROADCAST)).isEmpty();
    }

    @Test
    void convertShowsTheRequestIdAndTheSettleTime() {
        CliRun run = run("--json", "convert", "5.000 SBD");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Conversion request 1: the STEEM is paid on");
        JsonNode doc = CliRunJson.parse(run.out().strip());
        assertThat(doc.path("operations").get(0).get(0).asText()).isEqualTo("convert");
        assertThat(doc.path("detail").path("request_id").asInt()).isEqualTo(1);
        assertThat(doc.path("detail").path("settles_at").asText()).endsWith("Z");
        assertThat(chain.received(WalletChain.BROADCAST)).hasSize(1);
    }

    @Test
    void witnessVotesAndTheirRefusalsInBothLanguages() {
        assertRefused(run("witness", "vote", "nobody-here"), "nobody-here is not a witness. Nothing was signed.");
        CliRun vote = run("witness", "vote", "wit-alpha");
        assertThat(vote.exitCode()).as(vote.err()).isZero();
        assertThat(vote.out()).contains("\"approve\":true").contains("Witness votes after: 2 of at most 30.");
        CliRun korean = CliRun.of(argsIn("ko", "witness", "vote", "nobody-here"));
        assertThat(korean.err()).contains("nobody-here은(는) 증인이 아닙니다");
        assertThat(run("witness", "proxy").exitCode()).isEqualTo(2);
        assertThat(run("witness", "proxy", "--clear").err()).contains("alice has no proxy to clear");
    }

    @Test
    void witnessListMarksTheAccountsVotesAndDisabledWitnesses() {
        chain.answer("condenser_api.get_witnesses_by_vote", params -> {
            ArrayNode list = SteemJson.mapper().createArrayNode();
            list.add(witness("good-witness"));
            ObjectNode off = witness("wit-off");
            off.put("signing_key", "STM1111111111111111111111111111111114T1Anm");
            list.add(off);
            return list;
        });
        CliRun list = run("witness", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("alice votes for 1 of at most 30").containsPattern("1\\. good-witness .*\\[voted]")
                .containsPattern("2\\. wit-off .*\\[disabled]");
        JsonNode doc = CliRunJson.parse(run("--json", "witness", "list").out().strip());
        assertThat(doc.path("witnesses").get(0).path("voted").asBoolean()).isTrue();
        assertThat(doc.path("witnesses").get(1).path("disabled").asBoolean()).isTrue();
    }

    @Test
    void powerDownRoutesAreAddedListedAndRefusedOverAHundredPercent() {
        CliRun add = run("--json", "powerdown", "route", "add", "bob", "--percent", "25%", "--auto-vest");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(CliRunJson.parse(add.out().strip()).path("operations").get(0).get(1).toString())
                .isEqualTo("{\"from_account\":\"alice\",\"to_account\":\"bob\",\"percent\":2500,\"auto_vest\":true}");
        chain.answer("condenser_api.get_withdraw_routes", params -> {
            ArrayNode routes = SteemJson.mapper().createArrayNode();
            if (params.get(1).asText().equals("outgoing")) {
                ObjectNode r = routes.addObject();
                r.put("id", 1);
                r.put("from_account", "alice");
                r.put("to_account", "bob");
                r.put("percent", 8000);
                r.put("auto_vest", false);
            }
            return routes;
        });
        assertThat(run("powerdown", "route", "list").out()).contains("(80% routed; at most 10 routes)")
                .contains("  bob: 80%").contains("The rest (20%) is paid to alice.");
        List<String> before = chain.received(WalletChain.BROADCAST);
        CliRun over = run("powerdown", "route", "add", "poor", "--percent", "25%");
        assertThat(over.err()).contains("would add up to 105%");
        assertThat(chain.received(WalletChain.BROADCAST)).isEqualTo(before);
        assertThat(run("powerdown", "route", "add", "poor", "--percent", "0%").err()).contains("above 0");
    }

    @Test
    void recoveryShowAndAChangeThatNeedsTheRightMasterPassword() {
        JsonNode shown = CliRunJson.parse(run("--json", "recovery", "show").out().strip());
        assertThat(shown.path("recovery_account").asText()).isEqualTo("steem");
        assertThat(shown.path("pending_change").isNull()).isTrue();
        CliRun wrong = CliRun.withInput("P5not-the-password\n", args("recovery", "change", "bob", "--password-stdin"));
        assertRefused(wrong, "does not give the owner key");
        CliRun right = CliRun.withInput("P5alice-wallet-test-pass\n", args("--json", "recovery", "change", "bob",
                "--password-stdin"));
        assertThat(right.exitCode()).as(right.err()).isZero();
        JsonNode doc = CliRunJson.parse(right.out().strip());
        assertThat(doc.path("signing_key").asText()).isEqualTo("owner");
        assertThat(doc.path("detail").path("new_recovery_account").asText()).isEqualTo("bob");
        assertThat(run("keys", "list").out()).doesNotContain("owner");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndTheBackupConfirmed() {
        CliRun wrong = CliRun.withInput("P5not-the-password\n", args("keys", "rotate", "alice", "--password-stdin"));
        assertRefused(wrong, "does not give the owner key");
        assertThat(wrong.err()).doesNotContain("New master password");
        CliRun unconfirmed = CliRun.withInput("P5alice-wallet-test-pass\n!!!\n", args("keys", "rotate", "alice",
                "--password-stdin"));
        assertRefused(unconfirmed, "backup is not confirmed");
        assertThat(unconfirmed.err()).contains("New master password of alice:").containsPattern("\\n  P5\\w{50}\\n")
                .contains("To confirm the backup, type characters");
        assertThat(unconfirmed.out()).contains("[\"account_update\"").contains("New owner key: STM");
        assertThat(run("keys", "rotate", "alice", "--settle").out()).contains("No password change of alice");
    }

    @Test
    void transfersToExchangesAndLookAlikesAreCheckedBeforeSigning() {
        assertRefused(run("transfer", "upbit-exchange", "1.000 STEEM"), "upbit-exchange is an exchange deposit");
        assertRefused(run("transfer", "upblt-exchange", "1.000 STEEM", "--memo", "123"),
                "upblt-exchange looks like upbit-exchange");
        assertRefused(run("savings", "withdraw", "1.000 STEEM", "--to", "upbit-exchange", "--memo", "123"),
                "credits transfers only");
        CliRun confirmed = run("transfer", "upblt-exchange", "1.000 STEEM", "--memo", "123", "--confirm-recipient",
                "upblt-exchange");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(chain.received(WalletChain.BROADCAST)).hasSize(1);
    }

    @Test
    void watchTakesASnapshotFirstThenReportsChangesWithTheirRemedies() {
        CliRun first = run("watch", "--once");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("First pass on alice");
        assertThat(run("watch", "--once").out()).contains("alice: no change.");
        chain.update("alice", Map.of("proxy", "bob"));
        chain.history("alice", "account_witness_proxy", Map.of("account", "alice", "proxy", "bob"), "ab".repeat(20));
        CliRun alert = run("watch", "--once");
        assertThat(alert.exitCode()).isZero();
        assertThat(alert.out()).contains("alice: the witness proxy changed from \"\" to \"bob\"")
                .contains("steemdesk witness proxy --clear");
        chain.update("alice", Map.of("proxy", ""));
        JsonNode cleared = CliRunJson.parse(run("--json", "watch", "--once").out().strip());
        assertThat(cleared.path("kind").asText()).isEqualTo("proxy_changed");
        assertThat(cleared.path("own").asBoolean()).isFalse();
        assertThat(cleared.path("remedy").path("kind").asText()).isEqualTo("none");
    }

    @Test
    void delegationsConversionsAndInterestAreShown() {
        JsonNode delegations = CliRunJson.parse(run("--json", "delegations").out().strip());
        assertThat(delegations.path("outgoing").get(0).path("delegatee").asText()).isEqualTo("bob");
        assertThat(run("delegations", "bob").out()).contains("Delegated to bob");
        assertThat(CliRunJson.parse(run("--json", "conversions").out().strip()).size()).isZero();
        chain.answer("rc_api.find_rc_accounts", params -> {
            ObjectNode none = SteemJson.mapper().createObjectNode();
            none.putArray("rc_accounts");
            return none;
        });
        CliRun show = run("account", "show", "alice");
        assertThat(show.out()).as(show.err()).contains("SBD interest  0% a year; accrued 0.000 SBD on liquid SBD");
    }

    private static ObjectNode witness(String owner) {
        ObjectNode w = SteemJson.mapper().createObjectNode();
        w.put("owner", owner);
        w.put("url", "");
        w.put("votes", "1000000000000");
        w.put("running_version", "0.23.1");
        return w;
    }
}
