package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

/**
 * The account guard inside {@code steemdesk curate}, in process against the shared loopback node: while the runner
 * curates alice, a "thief" sets a power-down route to himself, and the alert line (as {@code watch} prints it)
 * appears once, however many passes follow.
 */
class CurateGuardTest {
    private static final String PASSWORD = "P5alice-curate-guard-pass";

    @TempDir
    Path dir;

    private final TestNode node = TestNode.start();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aRouteSetByAThiefWhileCurateRunsIsPrintedOnce() throws Exception {
        LoginKeys keys = LoginKeys.derive(AccountName.of("alice"), PASSWORD.toCharArray());
        node.account(Recorded.account("alice", new Recorded.AccountKeys(keys.publicKey(KeyRole.OWNER).toString(),
                keys.publicKey(KeyRole.ACTIVE).toString(), keys.publicKey(KeyRole.POSTING).toString(),
                keys.publicKey(KeyRole.MEMO).toString())));
        keys.destroy();
        ObjectNode noRecovery = SteemJson.mapper().createObjectNode();
        noRecovery.putArray("requests");
        node.answer("database_api.find_change_recovery_account_requests", noRecovery)
                .answer("condenser_api.get_owner_history", SteemJson.mapper().createArrayNode())
                .answer("condenser_api.get_account_history", SteemJson.mapper().createArrayNode())
                .answer("condenser_api.get_withdraw_routes", SteemJson.mapper().createArrayNode())
                .answer("condenser_api.get_config", Recorded.result(Recorded.CONFIG_2020));
        Path passwordFile = Files.writeString(dir.resolve("vault.pw"), "cli-vault-password\n");
        String[] global = {"--data-dir", dir.resolve("data").toString(), "--node", node.url().toString(),
                "--vault-password-file", passwordFile.toString(), "--lang", "en"};
        CliRun login = CliRun.withInput(PASSWORD + "\n", concat(global, "keys", "login", "alice",
                "--password-stdin"));
        assertThat(login.exitCode()).as(login.err()).isZero();

        CompletableFuture<CliRun> curate = CompletableFuture.supplyAsync(() -> CliRun.of(concat(global, "curate",
                "--trail-every", "1s", "--run-for", "12s")));
        // The first pass takes the snapshot; a second one has compared with it.
        awaitCalls(2);
        ArrayNode route = SteemJson.mapper().createArrayNode();
        route.addObject().put("id", 1).put("from_account", "alice").put("to_account", "thief").put("percent", 10000)
                .put("auto_vest", false);
        node.answer("condenser_api.get_withdraw_routes", route);
        CliRun run = curate.get(60, TimeUnit.SECONDS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("alice: a power-down route to thief was added")))
                .singleElement().asString().contains("100");
        assertThat(node.calls("condenser_api.get_withdraw_routes").size()).isGreaterThan(3);
        assertThat(run.out()).doesNotContain("no change").doesNotContain("First pass");
    }

    private void awaitCalls(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (node.calls("condenser_api.get_withdraw_routes").size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(node.calls("condenser_api.get_withdraw_routes")).hasSizeGreaterThanOrEqualTo(count);
    }

    private static String[] concat(String[] global, String... command) {
        String[] all = new String[global.length + command.length];
        System.arraycopy(global, 0, all, 0, global.length);
        System.arraycopy(command, 0, all, global.length, command.length);
        return all;
    }
}
