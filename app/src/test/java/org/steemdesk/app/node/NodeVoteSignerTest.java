package org.steemdesk.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.VoteOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.testnode.TestNode;

class NodeVoteSignerTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");
    static final AccountName ALICE = AccountName.of("alice");

    @TempDir
    Path dir;
    TestNode node;
    Vault vault;
    PrivateKey posting = PrivateKey.fromSeed("alice posting test".getBytes());

    @BeforeEach
    void setUp() throws Exception {
        node = TestNode.start(NOW);
        vault = Vault.create(dir.resolve("vault.db"), "pw".toCharArray(), new VaultSettings(
                new Argon2idParameters(64, 1, 1), Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC),
                new SecureRandom()));
        vault.put(ALICE, KeyRole.POSTING, posting);
    }

    @AfterEach
    void tearDown() throws Exception {
        vault.close();
        node.close();
    }

    NodeVoteSigner signer() {
        NodeReader reader = TestReaders.reader(node, NOW);
        return new NodeVoteSigner(reader, new TransactionFactory(reader.api(), TransactionFactory.DEFAULT_LIFETIME),
                ChainId.MAINNET, vault);
    }

    static VoteIntent intent(AccountName voter, int weight) {
        return new VoteIntent(1, voter, AccountName.of("kimchi"), Permlink.of("seoul-noodle-trip"), weight, NOW,
                Optional.empty(), Optional.empty(), OptionalInt.empty(), VoteState.PENDING, Optional.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), NOW);
    }

    @Test
    void signsTheVoteWithThePostingKeyAgainstTheHeadBlock() throws Exception {
        SignedTransactionData data = signer().sign(intent(ALICE, -2550)).orElseThrow();

        SignedTransaction tx = SteemJson.mapper().readValue(data.json(), SignedTransaction.class);
        assertThat(tx.transaction().operations()).containsExactly(new VoteOperation(ALICE, AccountName.of("kimchi"),
                Permlink.of("seoul-noodle-trip"), -2550));
        assertThat(tx.transaction().id()).isEqualTo(data.txId());
        assertThat(data.expiration()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(TransactionFactory.DEFAULT_LIFETIME));
        assertThat(tx.signatures()).hasSize(1);
        assertThat(tx.signatures().get(0).recoverPublicKey(tx.transaction().digest(ChainId.MAINNET)))
                .isEqualTo(posting.publicKey());
    }

    @Test
    void aNodeWhoseHeadIsIn2099SignsNothingAndTheVoteWaits() {
        node.headAt(Instant.parse("2099-01-01T00:00:00Z"));
        assertThatThrownBy(() -> signer().sign(intent(ALICE, 10_000)))
                .isInstanceOf(NodeUnreachableException.class).cause()
                .isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AllNodesFailedException.Reason.NO_TRUSTED_CLOCK);
                    assertThat(e.getMessage()).contains("2099");
                });
    }

    @Test
    void aLockedVaultOrAnAccountWithoutPostingKeySignsNothing() throws Exception {
        assertThat(signer().sign(intent(AccountName.of("bob"), 10_000))).isEmpty();
        vault.lock();
        assertThat(signer().sign(intent(ALICE, 10_000))).isEmpty();
    }
}
