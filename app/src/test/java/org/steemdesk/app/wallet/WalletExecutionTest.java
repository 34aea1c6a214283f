package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.testnode.Fault;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/**
 * End to end on a loopback node: a transfer is signed once, stored in the outbox before it is sent, and what goes
 * over the wire is exactly the stored JSON — also when the connection drops and it has to be sent again.
 */
class WalletExecutionTest {
    private final Clock clock = Clock.systemUTC();

    @RegisterExtension
    final ExecutionDesk desk = new ExecutionDesk(clock);
    private WalletService wallet;

    @BeforeEach
    void open() {
        wallet = desk.service();
    }

    private static JsonNode json(String text) throws IOException {
        return SteemJson.mapper().readTree(text);
    }

    @Test
    void theBroadcastCarriesTheStoredTransactionAndAResendAfterADropIsIdentical() throws IOException {
        desk.chain.node().then(TestNode.BROADCAST, Reply.fault(Fault.DROP));
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.ACTIVE)) {
            WalletPlan plan = wallet.plan(ALICE, new WalletRequest.Transfer(BOB, Asset.parse("1.000 STEEM"), "coffee"),
                    vault);
            WalletReceipt receipt = wallet.execute(plan, vault);
            assertThat(receipt.status()).isEqualTo(WalletReceipt.Status.CONFIRMED);

            List<String> sent = desk.chain.node().received(TestNode.BROADCAST);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1)).isEqualTo(sent.get(0));

            OutboxEntry stored = new Outbox(desk.cache()).byTxId(receipt.txId()).orElseThrow();
            assertThat(stored.state()).isEqualTo(OutboxState.CONFIRMED);
            assertThat(json(sent.get(0)).path("params").get(0)).isEqualTo(json(stored.transaction().json()));

            SignedTransaction tx = SteemJson.mapper().readValue(stored.transaction().json(), SignedTransaction.class);
            assertThat(tx.transaction().id()).isEqualTo(receipt.txId());
            assertThat(tx.transaction().operations()).isEqualTo(plan.operations());
            PrivateKey active = WalletChain.key("alice", KeyRole.ACTIVE);
            try {
                assertThat(tx.signatures()).singleElement().satisfies(s -> assertThat(
                        s.recoverPublicKey(tx.transaction().digest(ChainId.MAINNET))).isEqualTo(active.publicKey()));
            } finally {
                active.destroy();
            }
        }
    }

    @Test
    void aDuplicateAnswerAfterAnUnclearSendMeansItLanded() {
        desk.chain.node().then(TestNode.BROADCAST, Reply.status(503, "<html>busy</html>"))
                .then(TestNode.BROADCAST, Reply.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":"
                        + "{\"code\":-32000,\"message\":\"Duplicate transaction check failed\",\"data\":{}}}"));
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.ACTIVE)) {
            WalletPlan plan = wallet.plan(ALICE, new WalletRequest.PowerUp(ALICE, Asset.parse("10.000 STEEM")), vault);
            WalletReceipt receipt = wallet.execute(plan, vault);
            assertThat(receipt.status()).isEqualTo(WalletReceipt.Status.CONFIRMED);
            List<String> sent = desk.chain.node().received(TestNode.BROADCAST);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1)).isEqualTo(sent.get(0));
        }
    }

    @Test
    void aRefusalIsAClearErrorAndTheOutboxRemembersIt() {
        desk.chain.node().then(TestNode.BROADCAST, Reply.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":"
                + "{\"code\":-32000,\"message\":\"Account does not have sufficient Steem Power for withdraw.\","
                + "\"data\":{\"code\":10,\"name\":\"assert_exception\"}}}"));
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.ACTIVE)) {
            WalletPlan plan = wallet.plan(ALICE, new WalletRequest.PowerDown(StakeAmount.sp(Asset.parse(
                    "10.000 STEEM"))), vault);
            assertThatThrownBy(() -> wallet.execute(plan, vault)).isInstanceOfSatisfying(WalletException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.REJECTED);
                assertThat(e.getMessage()).contains("sufficient Steem Power");
            });
            assertThat(desk.chain.node().received(TestNode.BROADCAST)).hasSize(1);
            assertThat(new Outbox(desk.cache()).open()).isEmpty();
        }
    }

    @Test
    void aLockedVaultSignsNothing() {
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.ACTIVE)) {
            WalletPlan plan = wallet.plan(ALICE, new WalletRequest.Transfer(BOB, Asset.parse("1.000 STEEM"), ""),
                    vault);
            vault.lock();
            assertThatThrownBy(() -> wallet.execute(plan, vault)).isInstanceOfSatisfying(WalletException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.VAULT_LOCKED));
            assertThat(desk.chain.node().received(TestNode.BROADCAST)).isEmpty();
            assertThat(new Outbox(desk.cache()).open()).isEmpty();
        }
    }
}
