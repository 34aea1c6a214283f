package org.steemdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.RequestLimits;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

class AppContextTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");
    static final AccountName ALICE = AccountName.of("alice");
    static final ChainId TESTNET = ChainId.fromHex("46d82ab7d8db682eb1959aed0ada039a6d49afa1602491f93dde9cac3e8e6c32");

    @TempDir
    Path dir;

    AppSettings settings(Path data) {
        return AppSettings.defaults().withDataDir(data).withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withVault(new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofHours(1),
                        Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom()));
    }

    @Test
    void buildingItAndTakingItsUseCasesOpensNothing() {
        Path data = dir.resolve("not-yet");
        try (AppContext app = AppContext.open(settings(data))) {
            assertThat(List.of(app.keys(), app.votes(), app.wallet(), app.curation(), app.rewards(), app.nodes(),
                    app.status())).doesNotContainNull();
            assertThat(data).doesNotExist();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void nodesComeFromTheOptionElseTheSavedListElseTheDefaults() {
        Path data = dir.resolve("data");
        try (AppContext app = AppContext.open(settings(data))) {
            assertThat(app.nodes().urls()).isEqualTo(NodePool.DEFAULT_NODES);
            app.nodes().save(List.of(URI.create("https://saved.example")));
        }
        try (AppContext app = AppContext.open(settings(data))) {
            assertThat(app.nodes().urls()).containsExactly(URI.create("https://saved.example"));
        }
        try (AppContext app = AppContext.open(settings(data).withNodes(List.of(URI.create("http://given.example"))))) {
            assertThat(app.nodes().urls()).containsExactly(URI.create("http://given.example"));
        }
    }

    @Test
    void theTimeoutIsEveryRequestsWholeDeadlineFromTheDoorElseTheSavedOneElseThirtySeconds() {
        Path data = dir.resolve("timeouts");
        try (AppContext app = AppContext.open(settings(data))) {
            assertThat(app.nodes().limits()).isEqualTo(RequestLimits.DEFAULTS);
            assertThat(app.nodes().limits().maxResponseBytes()).isEqualTo(8 * RequestLimits.MIB);
            app.nodes().saveTimeout(Duration.ofSeconds(12));
        }
        try (AppContext app = AppContext.open(settings(data))) {
            RequestLimits saved = app.nodes().limits();
            assertThat(saved.readDeadline()).isEqualTo(Duration.ofSeconds(12));
            assertThat(saved.broadcastDeadline()).isEqualTo(Duration.ofSeconds(24));
            assertThat(saved.attemptTimeout()).isEqualTo(Duration.ofSeconds(6));
            assertThat(saved.idleTimeout()).isEqualTo(Duration.ofSeconds(4));
        }
        try (AppContext app = AppContext.open(settings(data).withTimeout(Duration.ofSeconds(5))
                .withMaxResponseBytes(RequestLimits.MIB))) {
            assertThat(app.settings().timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(app.nodes().limits().readDeadline()).isEqualTo(Duration.ofSeconds(5));
            assertThat(app.nodes().limits().maxResponseBytes()).isEqualTo(RequestLimits.MIB);
        }
        assertThatThrownBy(() -> settings(data).withTimeout(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AppSettings.defaults().withTimeout(Duration.ofSeconds(30)).nodePolicy().limits())
                .isEqualTo(RequestLimits.DEFAULTS);
    }

    @Test
    void theActingAccountIsTheOptionElseTheVaultsOnlyAccount() {
        try (AppContext app = AppContext.open(settings(dir.resolve("a")))) {
            assertThatThrownBy(app::actingAccount).hasMessageContaining("no account in the vault");
        }
        try (AppContext app = AppContext.open(settings(dir.resolve("b")).withAccount(AccountName.of("bob")))) {
            assertThat(app.actingAccount()).isEqualTo(AccountName.of("bob"));
        }
        try (AppContext app = AppContext.open(settings(dir.resolve("c")))) {
            app.keys().create("pw".toCharArray());
            app.keys().vault().put(ALICE, KeyRole.POSTING, PrivateKey.fromSeed("alice".getBytes()));
            app.keys().vault().put(AccountName.of("carol"), KeyRole.POSTING, PrivateKey.fromSeed("carol".getBytes()));
            assertThatThrownBy(app::actingAccount).hasMessageContaining("several accounts (alice, carol)");
        }
    }

    @Test
    void signingNeedsTheVaultUnlockedAndClosingWipesIt() {
        try (AppContext app = AppContext.open(settings(dir.resolve("d")))) {
            assertThatThrownBy(() -> app.keys().unlockedVault()).isInstanceOfSatisfying(KeystoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.VAULT_MISSING));
            app.keys().create("pw".toCharArray());
            app.keys().lock();
            assertThatThrownBy(() -> app.keys().unlockedVault()).isInstanceOfSatisfying(KeystoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.VAULT_LOCKED));
            char[] password = "pw".toCharArray();
            app.keys().unlock(password);
            assertThat(password).containsOnly('\0');
            assertThat(app.keys().unlockedVault().isUnlocked()).isTrue();
        }
    }

    /** The desktop used to sign votes for mainnet whatever --chain-id said: there is one drain now, for the context. */
    @Test
    void aDrainedVoteIsSignedForTheContextsChainId() throws Exception {
        PrivateKey posting = PrivateKey.fromSeed("alice posting".getBytes());
        try (TestNode node = TestNode.start(NOW);
             AppContext app = AppContext.open(settings(dir.resolve("e")).withChainId(TESTNET)
                     .withNodes(List.of(node.url())))) {
            node.answer("condenser_api.get_content", params -> post());
            node.answer("condenser_api.broadcast_transaction_synchronous", params -> SteemJson.mapper()
                    .createObjectNode().put("id", "0".repeat(40)).put("block_num", 1).put("trx_num", 0)
                    .put("expired", false));
            app.keys().create("pw".toCharArray());
            app.keys().vault().put(ALICE, KeyRole.POSTING, posting);

            VoteIntent intent = app.votes().record(VoteRequest.now(ALICE, AccountName.of("kimchi"),
                    Permlink.of("seoul-noodle-trip"), 5000));
            List<FlushReport> reports = app.votes().drain();

            assertThat(reports).isNotEmpty();
            assertThat(app.votes().get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
            JsonNode sent = node.calls(TestNode.BROADCAST).get(0).params().get(0);
            SignedTransaction tx = SteemJson.mapper().treeToValue(sent, SignedTransaction.class);
            assertThat(tx.signatures().get(0).recoverPublicKey(tx.transaction().digest(TESTNET)))
                    .isEqualTo(posting.publicKey());
        }
    }

    @Test
    void aNodeCheckRecordsLatencyHeadBlockAndLag() throws Exception {
        try (TestNode node = TestNode.start(NOW.minusSeconds(6));
             AppContext app = AppContext.open(settings(dir.resolve("f")))) {
            URI down = URI.create("http://127.0.0.1:9");
            var results = app.nodes().check(List.of(node.url(), down));
            assertThat(results.get(0).reachable()).isTrue();
            assertThat(results.get(0).headLag()).contains(Duration.ofSeconds(6));
            assertThat(results.get(0).headBlock()).isPresent();
            assertThat(results.get(1).reachable()).isFalse();
            assertThat(results.get(1).lastError()).isPresent();
            assertThat(app.nodes().lastSeen(down)).contains(results.get(1));
            assertThat(Files.exists(dir.resolve("f").resolve("cache.db"))).isTrue();
        }
    }

    @Test
    void whatThePoolSawCountsUntilANodeIsChecked() throws Exception {
        try (TestNode node = TestNode.start(NOW);
             AppContext app = AppContext.open(settings(dir.resolve("g")).withNodes(List.of(node.url())))) {
            assertThat(app.nodes().lastSeen(node.url())).isEmpty();
            assertThat(app.nodes().online()).isTrue();
            var seen = app.nodes().lastSeen(node.url()).orElseThrow();
            assertThat(seen.reachable()).isTrue();
            assertThat(seen.latencyMillis()).isPresent();
        }
    }

    /** A post of kimchi created an hour ago, in its payout window. */
    private static JsonNode post() {
        ObjectNode p = (ObjectNode) Recorded.file("get_content-2018-11.json").path("response").path("result")
                .deepCopy();
        p.put("author", "kimchi");
        p.put("permlink", "seoul-noodle-trip");
        p.put("created", NOW.minus(Duration.ofHours(1)).toString().substring(0, 19));
        p.put("cashout_time", NOW.plus(Duration.ofDays(6)).toString().substring(0, 19));
        return p;
    }
}
