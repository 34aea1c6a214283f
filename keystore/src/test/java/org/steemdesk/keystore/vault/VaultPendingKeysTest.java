package org.steemdesk.keystore.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.MutableClock;

/**
 * New keys kept beside the current ones while the transaction installing them is unsettled: promoted in one step
 * (also locked, also after reopening the file), or dropped, never half of either.
 */
class VaultPendingKeysTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final char[] PASSWORD = "vault pass".toCharArray();

    @TempDir
    Path dir;

    private VaultSettings settings;
    private LoginKeys current;
    private LoginKeys next;
    private Vault vault;

    @BeforeEach
    void setUp() {
        settings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofMinutes(5), new MutableClock(Instant.parse("2026-01-15T12:00:00Z")),
                new SecureRandom());
        current = LoginKeys.derive(ALICE, "P5current-password".toCharArray());
        next = LoginKeys.derive(ALICE, "P5next-password".toCharArray());
        vault = Vault.create(dir.resolve("vault.db"), PASSWORD.clone(), settings);
        for (KeyRole role : new KeyRole[] {KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO}) {
            vault.put(ALICE, role, current.key(role));
        }
    }

    @AfterEach
    void tearDown() {
        vault.close();
        current.destroy();
        next.destroy();
    }

    private Map<KeyRole, PrivateKey> nextKeys(KeyRole... roles) {
        Map<KeyRole, PrivateKey> keys = new EnumMap<>(KeyRole.class);
        for (KeyRole role : roles) {
            keys.put(role, next.key(role));
        }
        return keys;
    }

    @Test
    void pendingKeysStayBesideTheCurrentOnesAcrossReopeningAndArePromotedWhileLocked() {
        Instant expiration = Instant.parse("2030-01-01T00:00:00Z");
        vault.stagePending(ALICE, nextKeys(KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO), "ab".repeat(20),
                expiration);
        assertThat(vault.key(ALICE, KeyRole.ACTIVE).publicKey()).isEqualTo(current.publicKey(KeyRole.ACTIVE));
        assertThat(vault.list(ALICE)).hasSize(3);

        vault.close();
        vault = Vault.open(dir.resolve("vault.db"), settings);
        PendingKeys pending = vault.pending(ALICE).orElseThrow();
        assertThat(pending.txId()).isEqualTo("ab".repeat(20));
        assertThat(pending.expiration()).isEqualTo(expiration);
        assertThat(pending.entries()).extracting(VaultEntry::publicKey).containsExactlyInAnyOrder(
                next.publicKey(KeyRole.ACTIVE), next.publicKey(KeyRole.POSTING), next.publicKey(KeyRole.MEMO));

        vault.promotePending(ALICE);
        assertThat(vault.pending(ALICE)).isEmpty();
        assertThat(vault.list(ALICE)).extracting(VaultEntry::publicKey).containsExactlyInAnyOrder(
                next.publicKey(KeyRole.ACTIVE), next.publicKey(KeyRole.POSTING), next.publicKey(KeyRole.MEMO));
        vault.unlock(PASSWORD.clone());
        assertThat(vault.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(next.publicKey(KeyRole.POSTING));
    }

    @Test
    void droppedPendingKeysLeaveTheCurrentOnesAndAFreshVaultHasNone() {
        assertThat(vault.pending(ALICE)).isEmpty();
        vault.dropPending(ALICE);
        vault.stagePending(ALICE, nextKeys(KeyRole.ACTIVE), "cd".repeat(20), Instant.EPOCH);
        vault.dropPending(ALICE);
        assertThat(vault.pending(ALICE)).isEmpty();
        assertThat(vault.key(ALICE, KeyRole.ACTIVE).publicKey()).isEqualTo(current.publicKey(KeyRole.ACTIVE));
    }

    @Test
    void stagingNeedsTheVaultUnlocked() {
        vault.lock();
        assertThatThrownBy(() -> vault.stagePending(ALICE, nextKeys(KeyRole.ACTIVE), "ef".repeat(20), Instant.EPOCH))
                .isInstanceOfSatisfying(KeystoreException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.VAULT_LOCKED));
        assertThat(vault.pending(ALICE)).isEmpty();
    }
}
