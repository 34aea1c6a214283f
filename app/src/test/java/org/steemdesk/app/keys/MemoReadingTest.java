package org.steemdesk.app.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;

/** A transfer's memo as the history shows it: decrypted with the vault's memo key, or why not. */
class MemoReadingTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @TempDir
    Path dir;

    private final PrivateKey aliceMemo = PrivateKey.fromSeed("alice memo test".getBytes());
    private final PrivateKey bobMemo = PrivateKey.fromSeed("bob memo test".getBytes());
    private final PrivateKey carolMemo = PrivateKey.fromSeed("carol memo test".getBytes());
    private final MemoCipher cipher = new MemoCipher(new SecureRandom());
    private Keys keys;

    private Keys keys() {
        keys = new Keys(() -> dir.resolve("vault.db"), new VaultSettings(new Argon2idParameters(64, 1, 1),
                Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom()), () -> {
                    throw new AssertionError("no chain needed");
                });
        return keys;
    }

    @AfterEach
    void close() {
        if (keys != null) {
            keys.close();
        }
    }

    @Test
    void anEncryptedMemoIsReadWithTheMemoKeyOnlyWhileUnlocked() {
        Keys k = keys();
        String fromBob = cipher.encrypt(bobMemo, aliceMemo.publicKey(), "#점심 고마워 🍜");
        assertThat(k.readMemo(ALICE, fromBob)).isEqualTo(new MemoReading.Locked());
        k.create("pw".toCharArray());
        k.vault().put(ALICE, KeyRole.MEMO, aliceMemo);
        assertThat(k.readMemo(ALICE, fromBob)).isEqualTo(new MemoReading.Decrypted("점심 고마워 🍜"));
        String toBob = cipher.encrypt(aliceMemo, bobMemo.publicKey(), "rent");
        assertThat(k.readMemo(ALICE, toBob)).isEqualTo(new MemoReading.Decrypted("rent"));
        k.lock();
        assertThat(k.readMemo(ALICE, fromBob)).isEqualTo(new MemoReading.Locked());
    }

    @Test
    void plainMemosAreAsTheyAreAndBadOnesSayWhy() {
        Keys k = keys();
        k.create("pw".toCharArray());
        assertThat(k.readMemo(ALICE, "thanks")).isEqualTo(new MemoReading.Plain("thanks"));
        String forCarol = cipher.encrypt(bobMemo, carolMemo.publicKey(), "not yours");
        assertThat(k.readMemo(ALICE, forCarol)).isEqualTo(new MemoReading.NoMemoKey());
        k.vault().put(ALICE, KeyRole.MEMO, aliceMemo);
        assertThat(k.readMemo(ALICE, forCarol))
                .isEqualTo(new MemoReading.Unreadable(MemoReading.Why.NOT_FOR_THIS_KEY));
        assertThat(k.readMemo(ALICE, "#notbase58atall0OIl"))
                .isEqualTo(new MemoReading.Unreadable(MemoReading.Why.DAMAGED));
    }
}
