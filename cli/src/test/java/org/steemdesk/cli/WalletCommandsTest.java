package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;
import org.steemdesk.testnode.TestNode;

/** The wallet commands in-process against a loopback node: preview, --json document, usage and amount errors. */
class WalletCommandsTest {
    @RegisterExtension
    final LoggedInWallet wallet = new LoggedInWallet(WalletFixture.chain(Clock.systemUTC()));
    private final WalletChain chain = wallet.chain;

    private String[] args(String... command) {
        return wallet.args("en", command);
    }

    @Test
    void transferPrintsThePreviewThenTheJsonDocument() {
        CliRun run = CliRun.of(args("--json", "transfer", "bob", "1.000 STEEM", "--memo", "coffee"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1.000 STEEM\"");
        JsonNode doc = CliRunJson.parse(run.out().strip());
        assertThat(doc.path("tx_id").asText()).matches("[0-9a-f]{40}");
        assertThat(doc.path("status").asText()).isEqualTo("confirmed");
        assertThat(doc.path("operations").get(0).get(1).path("memo").asText()).isEqualTo("coffee");
        assertThat(doc.path("after").path("steem").asText()).isEqualTo("1233.567 STEEM");
        assertThat(chain.node().received(TestNode.BROADCAST)).hasSize(1);
    }

    @Test
    void delegationAndPowerDownShowBothSpAndVests() {
        CliRun delegate = CliRun.of(args("delegate", "bob", "10", "SP"));
        assertThat(delegate.exitCode()).as(delegate.err()).isZero();
        assertThat(delegate.out()).contains("19375.000000 VESTS").contains("10.000 SP").contains("confirmed");
        CliRun powerDown = CliRun.of(args("--json", "powerdown", "100 SP"));
        assertThat(powerDown.exitCode()).as(powerDown.err()).isZero();
        JsonNode doc = CliRunJson.parse(powerDown.out().strip());
        assertThat(doc.path("power_down").path("weekly_sp").asText()).isEqualTo("25.000 SP");
        assertThat(doc.path("power_down").path("weeks").asInt()).isEqualTo(4);
    }

    @Test
    void badInputIsAClearErrorAndNothingIsSent() {
        CliRun decimals = CliRun.of(args("transfer", "bob", "1.0001 STEEM"));
        assertThat(decimals.exitCode()).isEqualTo(1);
        assertThat(decimals.err()).startsWith("steemdesk: ").contains("more than 3 decimals");
        CliRun unknown = CliRun.of(args("transfer", "nobody", "1.000 STEEM"));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("nobody does not exist");
        CliRun neither = CliRun.of(args("powerdown"));
        assertThat(neither.exitCode()).isEqualTo(2);
        CliRun nothing = CliRun.of(args("savings", "cancel", "9"));
        assertThat(nothing.err()).contains("no pending savings withdrawal with request id 9");
        assertThat(chain.node().received(TestNode.BROADCAST)).isEmpty();
    }
}
