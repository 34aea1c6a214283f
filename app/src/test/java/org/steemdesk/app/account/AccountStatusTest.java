package org.steemdesk.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

class AccountStatusTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");

    @TempDir
    Path dir;

    /** An account as a pre-HF20 node sends it: no voting_manabar, only voting_power at the last vote. */
    private static ArrayNode preHf20Account(int votingPower, Instant lastVote) {
        ObjectNode account = (ObjectNode) Recorded.file("get_accounts-2022.json").path("response")
                .path("result").get(0).deepCopy();
        account.remove("voting_manabar");
        account.put("voting_power", votingPower);
        account.put("last_vote_time", lastVote.toString().substring(0, 19));
        account.put("delegated_vesting_shares", "0.000000 VESTS");
        account.put("received_vesting_shares", "0.000000 VESTS");
        account.put("vesting_withdraw_rate", "0.000000 VESTS");
        account.put("to_withdraw", 0);
        account.put("withdrawn", 0);
        return SteemJson.mapper().createArrayNode().add(account);
    }

    @Test
    void manaOfAPreHf20AccountIsReadFromItsVotingPower() throws Exception {
        try (TestNode node = TestNode.start(NOW);
             AppContext app = AppContext.open(AppSettings.defaults().withDataDir(dir)
                     .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withNodes(List.of(node.url())))) {
            node.answer("condenser_api.get_accounts", params -> preHf20Account(5000, NOW));
            StatusReport report = app.status().poll(Optional.of(AccountName.of("inertia")));
            assertThat(report.online()).isTrue();
            assertThat(report.node()).contains(node.url());
            assertThat(report.headLag()).contains(Duration.ZERO);
            // 50 % of the effective stake at the last vote, just now (integer division may take one basis point).
            assertThat(report.votingManaBasisPoints().getAsInt()).isBetween(4999, 5000);
            // No rc_api on this node: RC is unknown, the rest is still shown.
            assertThat(report.resourceCreditsBasisPoints()).isEmpty();
            assertThat(report.queuedVotes()).isZero();
        }
    }

    @Test
    void withoutANodeEverythingIsUnknown() {
        try (AppContext app = AppContext.open(AppSettings.defaults().withDataDir(dir)
                .withNodes(List.of(java.net.URI.create("http://127.0.0.1:9")))
                .withNodePolicy(new org.steemdesk.chain.rpc.NodePool.Settings(Duration.ofSeconds(90),
                        Duration.ofSeconds(60), 1, Duration.ZERO, Duration.ZERO)))) {
            StatusReport report = app.status().poll(Optional.of(AccountName.of("inertia")));
            assertThat(report.online()).isFalse();
            assertThat(report.node()).isEmpty();
            assertThat(report.votingManaBasisPoints()).isEmpty();
        }
    }
}
