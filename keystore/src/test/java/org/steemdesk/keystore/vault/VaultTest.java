package org.steemdesk.keystore.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.MutableClock;
import java.time.Instant;

class VaultTest {
    static final AccountName ALICE = AccountName.of("alice");
    static final AccountName BOB = AccountName.of("bob");
    static final Argon2idParameters SMALL = new Argon2idParameters(64, 1, 1);
    static final char[] VAULT_PASSWORD = "vault pass 금고".toCharArray();

    @TempDir
    Path dir;
    Path file;
    MutableClock clock;
    VaultSettings settings;
    LoginKeys alice;
    LoginKeys bob;
    Vault vault;

    @BeforeEach
    void setUp() {
        file = dir.resolve("vault.db");
        clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        settings = new VaultSettings(SMALL, Duration.ofMinutes(5), clock, new SecureRandom());
        alice = LoginKeys.derive(ALICE, "P5alice-oracle-test-pass".toCharArray());
        bob = LoginKeys.derive(BOB, "P5bob-oracle-test-pass".toCharArray());
        vault = Vault.create(file, VAULT_PASSWORD, settings);
        for (KeyRole role : KeyRole.values()) {
            vault.put(ALICE, role, alice.key(role));
        }
        vault.put(BOB, KeyRole.ACTIVE, bob.key(KeyRole.ACTIVE));
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    @Test
    void keysComeBackAfterReopeningAndUnlocking() {
        vault.close();
        vault = Vault.open(file, settings);
        assertThat(vault.isUnlocked()).isFalse();

        vault.unlock(VAULT_PASSWORD.clone());

        for (KeyRole role : KeyRole.values()) {
            assertThat(vault.key(ALICE, role).bytes()).isEqualTo(alice.key(role).bytes());
        }
        assertThat(vault.key(BOB, KeyRole.ACTIVE).publicKey()).isEqualTo(bob.publicKey(KeyRole.ACTIVE));
    }

    @Test
    void listShowsPublicInformationWhileLocked() {
        vault.lock();
        List<VaultEntry> entries = vault.list();
        assertThat(entries).extracting(VaultEntry::account).containsOnly(ALICE, BOB);
        assertThat(entries).hasSize(5);
        assertThat(vault.list(BOB)).singleElement().satisfies(entry -> {
            assertThat(entry.role()).isEqualTo(KeyRole.ACTIVE);
            assertThat(entry.publicKey()).isEqualTo(bob.publicKey(KeyRole.ACTIVE));
            assertThat(entry.addedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void wrongPasswordIsTypedAndChangesNothing() {
        vault.lock();
        expect(() -> vault.unlock("vault pass".toCharArray()), Reason.WRONG_PASSWORD);
        assertThat(vault.isUnlocked()).isFalse();
        expect(() -> vault.key(ALICE, KeyRole.POSTING), Reason.VAULT_LOCKED);

        vault.unlock(VAULT_PASSWORD.clone());
        expect(() -> vault.unlock("nope".toCharArray()), Reason.WRONG_PASSWORD);
        assertThat(vault.isUnlocked()).as("a failed unlock leaves an unlocked vault unlocked").isTrue();
    }

    @Test
    void emptyPasswordsAreRefused() {
        expect(() -> vault.unlock(new char[0]), Reason.EMPTY_PASSWORD);
        expect(() -> vault.unlock(" \n".toCharArray()), Reason.EMPTY_PASSWORD);
        expect(() -> Vault.create(dir.resolve("other.db"), new char[0], settings), Reason.EMPTY_PASSWORD);
        expect(() -> vault.changePassword(VAULT_PASSWORD.clone(), new char[0]), Reason.EMPTY_PASSWORD);
        assertThat(dir.resolve("other.db")).doesNotExist();
    }

    @Test
    void missingAndExistingFilesAreTyped() {
        expect(() -> Vault.create(file, VAULT_PASSWORD, settings), Reason.VAULT_EXISTS);
        expect(() -> Vault.open(dir.resolve("nothing.db"), settings), Reason.VAULT_MISSING);
    }

    @Test
    void aKeyNotStoredIsTyped() {
        expect(() -> vault.key(BOB, KeyRole.POSTING), Reason.KEY_NOT_IN_VAULT);
        expect(() -> vault.key(AccountName.of("carol"), KeyRole.ACTIVE), Reason.KEY_NOT_IN_VAULT);
    }

    @Test
    void lockWipesHandedOutKeys() {
        PrivateKey posting = vault.key(ALICE, KeyRole.POSTING);
        vault.lock();
        assertThat(posting.isDestroyed()).isTrue();
        assertThat(vault.isUnlocked()).isFalse();
    }

    @Test
    void locksItselfAfterTheIdleTime() {
        clock.advance(Duration.ofMinutes(4));
        PrivateKey posting = vault.key(ALICE, KeyRole.POSTING);
        clock.advance(Duration.ofMinutes(4));
        assertThat(vault.isUnlocked()).as("use restarts the idle time").isTrue();
        clock.advance(Duration.ofMinutes(1));

        assertThat(vault.lockIfIdle()).isTrue();
        assertThat(posting.isDestroyed()).isTrue();
        expect(() -> vault.key(ALICE, KeyRole.POSTING), Reason.VAULT_LOCKED);
    }

    @Test
    void removesOneRoleOrAWholeAccount() {
        assertThat(vault.remove(ALICE, Optional.of(KeyRole.OWNER))).isEqualTo(1);
        assertThat(vault.list(ALICE)).extracting(VaultEntry::role).doesNotContain(KeyRole.OWNER);
        assertThat(vault.remove(ALICE, Optional.empty())).isEqualTo(3);
        assertThat(vault.list()).extracting(VaultEntry::account).containsOnly(BOB);
        vault.lock();
        expect(() -> vault.remove(BOB, Optional.empty()), Reason.VAULT_LOCKED);
    }

    @Test
    void putReplacesTheRolesKey() {
        PrivateKey old = vault.key(ALICE, KeyRole.POSTING);
        PrivateKey replacement = PrivateKey.fromSeed("new posting".getBytes(StandardCharsets.UTF_8));
        vault.put(ALICE, KeyRole.POSTING, replacement);
        assertThat(old.isDestroyed()).isTrue();
        assertThat(vault.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(replacement.publicKey());
        assertThat(replacement.isDestroyed()).as("the caller's key stays the caller's").isFalse();
    }

    @Test
    void aCheckedPutRefusesAKeyOfAnotherAccountOrRole() {
        AccountKeys onChain = new AccountKeys(ALICE, single(alice.publicKey(KeyRole.OWNER)),
                single(alice.publicKey(KeyRole.ACTIVE)), single(alice.publicKey(KeyRole.POSTING)),
                alice.publicKey(KeyRole.MEMO));
        vault.remove(ALICE, Optional.empty());

        expect(() -> vault.put(onChain, KeyRole.ACTIVE, bob.key(KeyRole.ACTIVE)), Reason.KEY_NOT_OF_ACCOUNT);
        expect(() -> vault.put(onChain, KeyRole.ACTIVE, alice.key(KeyRole.POSTING)), Reason.KEY_OF_OTHER_ROLE);
        assertThat(vault.list(ALICE)).isEmpty();

        assertThat(vault.put(onChain, KeyRole.ACTIVE, alice.key(KeyRole.ACTIVE)).publicKey())
                .isEqualTo(alice.publicKey(KeyRole.ACTIVE));
    }

    private static Authority single(PublicKey key) {
        return new Authority(1, Map.of(), Map.of(key, 1));
    }

    @Test
    void revealNeedsThePasswordAgainAndDoesNotUnlock() {
        expect(() -> vault.revealWif(ALICE, KeyRole.ACTIVE, "guess".toCharArray()), Reason.WRONG_PASSWORD);
        vault.lock();
        assertThat(vault.revealWif(ALICE, KeyRole.ACTIVE, VAULT_PASSWORD.clone())).containsExactly(alice.key(KeyRole.ACTIVE).toWif());
        assertThat(vault.isUnlocked()).isFalse();
    }

    @Test
    void changePasswordRewrapsAndUpgradesTheKdf() {
        Argon2idParameters stronger = new Argon2idParameters(128, 2, 2);
        vault.close();
        vault = Vault.open(file, new VaultSettings(stronger, Duration.ofMinutes(5), clock, new SecureRandom()));
        expect(() -> vault.changePassword("wrong".toCharArray(), "new one".toCharArray()), Reason.WRONG_PASSWORD);

        vault.changePassword(VAULT_PASSWORD.clone(), "new one".toCharArray());

        assertThat(vault.kdfParameters()).isEqualTo(stronger);
        expect(() -> vault.unlock(VAULT_PASSWORD.clone()), Reason.WRONG_PASSWORD);
        vault.unlock("new one".toCharArray());
        assertThat(vault.key(ALICE, KeyRole.MEMO).publicKey()).isEqualTo(alice.publicKey(KeyRole.MEMO));
    }

    @Test
    void aFailedPasswordChangeLeavesTheOldPasswordWorking() throws SQLException {
        // The KDF row is written first, then the wrapped key: fail the second statement inside the transaction.
        sql(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TRIGGER crash_midway BEFORE UPDATE ON data_key"
                        + " BEGIN SELECT RAISE(ABORT, 'injected crash'); END");
            }
        });
        vault.close();
        vault = Vault.open(file, new VaultSettings(new Argon2idParameters(128, 2, 1), Duration.ofMinutes(5), clock,
                new SecureRandom()));

        expect(() -> vault.changePassword(VAULT_PASSWORD.clone(), "new one".toCharArray()), Reason.STORAGE);

        assertThat(vault.kdfParameters()).as("the KDF row written first was rolled back").isEqualTo(SMALL);
        expect(() -> vault.unlock("new one".toCharArray()), Reason.WRONG_PASSWORD);
        vault.unlock(VAULT_PASSWORD.clone());
        for (VaultEntry entry : vault.list()) {
            assertThat(vault.key(entry.account(), entry.role()).publicKey()).isEqualTo(entry.publicKey());
        }
    }

    @Test
    void everyFlippedByteOfARecordIsAnIntegrityErrorAndOtherKeysStayUsable() throws SQLException {
        byte[] original = record(ALICE, KeyRole.POSTING);
        assertThat(original).hasSize(62);
        for (int i = 0; i < original.length; i++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] tampered = original.clone();
                tampered[i] ^= (byte) bit;
                writeRecord(ALICE, KeyRole.POSTING, tampered);
                relock();
                expectIntegrity(ALICE, KeyRole.POSTING);
                assertThat(vault.key(ALICE, KeyRole.ACTIVE).publicKey()).isEqualTo(alice.publicKey(KeyRole.ACTIVE));
            }
        }
        for (int length = 0; length < original.length; length++) {
            writeRecord(ALICE, KeyRole.POSTING, Arrays.copyOf(original, length));
            relock();
            expectIntegrity(ALICE, KeyRole.POSTING);
        }
        writeRecord(ALICE, KeyRole.POSTING, original);
        relock();
        assertThat(vault.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(alice.publicKey(KeyRole.POSTING));
    }

    @Test
    void aRecordMovedToAnotherRoleOrAccountOrRelabelledIsAnIntegrityError() throws SQLException {
        byte[] alicePosting = record(ALICE, KeyRole.POSTING);
        byte[] bobActive = record(BOB, KeyRole.ACTIVE);
        writeRecord(ALICE, KeyRole.ACTIVE, alicePosting);
        writeRecord(ALICE, KeyRole.OWNER, bobActive);
        sql(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE vault_key SET public_key = ? WHERE account = 'bob'")) {
                statement.setString(1, alice.publicKey(KeyRole.MEMO).toString());
                statement.executeUpdate();
            }
        });
        relock();
        expectIntegrity(ALICE, KeyRole.ACTIVE);
        expectIntegrity(ALICE, KeyRole.OWNER);
        expectIntegrity(BOB, KeyRole.ACTIVE);
        assertThat(vault.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(alice.publicKey(KeyRole.POSTING));
    }

    @Test
    void noPlainSecretEverReachesTheDisk() throws IOException {
        vault.remove(ALICE, Optional.of(KeyRole.OWNER));
        vault.put(ALICE, KeyRole.OWNER, alice.key(KeyRole.OWNER));
        vault.changePassword(VAULT_PASSWORD.clone(), "second".toCharArray());
        vault.remove(BOB, Optional.empty());
        vault.close();
        vault = Vault.open(file, settings);
        vault.unlock("second".toCharArray());
        vault.key(ALICE, KeyRole.OWNER);

        List<byte[]> secrets = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        for (KeyRole role : KeyRole.values()) {
            keys.add(alice.key(role));
            keys.add(bob.key(role));
        }
        for (PrivateKey key : keys) {
            byte[] raw = key.bytes();
            secrets.add(raw);
            secrets.add(new String(key.toWif()).getBytes(StandardCharsets.US_ASCII));
            secrets.add(HexFormat.of().formatHex(raw).getBytes(StandardCharsets.US_ASCII));
            secrets.add(HexFormat.of().withUpperCase().formatHex(raw).getBytes(StandardCharsets.US_ASCII));
        }
        secrets.add("vault pass".getBytes(StandardCharsets.UTF_8));
        secrets.add("second".getBytes(StandardCharsets.UTF_8));
        secrets.add("oracle-test-pass".getBytes(StandardCharsets.UTF_8));

        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.toList();
        }
        assertThat(files).isNotEmpty();
        for (Path path : files) {
            byte[] content = Files.readAllBytes(path);
            for (byte[] secret : secrets) {
                assertThat(indexOf(content, secret)).as("a secret in " + path.getFileName()).isEqualTo(-1);
            }
        }
    }

    @Test
    void realDefaultCostWorks() {
        Path real = dir.resolve("real.db");
        VaultSettings defaults = VaultSettings.defaults();
        try (Vault strong = Vault.create(real, VAULT_PASSWORD, defaults)) {
            strong.put(ALICE, KeyRole.POSTING, alice.key(KeyRole.POSTING));
        }
        try (Vault strong = Vault.open(real, defaults)) {
            assertThat(strong.kdfParameters()).isEqualTo(Argon2idParameters.DEFAULT);
            strong.unlock(VAULT_PASSWORD.clone());
            assertThat(strong.key(ALICE, KeyRole.POSTING).publicKey()).isEqualTo(alice.publicKey(KeyRole.POSTING));
        }
    }

    @Test
    void toStringShowsNoSecret() {
        assertThat(vault.toString()).isEqualTo("Vault[unlocked]");
    }

    private void relock() {
        vault.lock();
        vault.unlock(VAULT_PASSWORD.clone());
    }

    private void expectIntegrity(AccountName account, KeyRole role) {
        assertThatThrownBy(() -> vault.key(account, role)).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INTEGRITY);
            assertThat(e.account()).contains(account);
            assertThat(e.role()).contains(role);
            assertThat(e.getMessage()).contains(account.value(), role.wireName());
        });
    }

    private static void expect(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KeystoreException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private byte[] record(AccountName account, KeyRole role) throws SQLException {
        byte[][] result = new byte[1][];
        sql(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT record FROM vault_key WHERE account = ? AND role = ?")) {
                statement.setString(1, account.value());
                statement.setString(2, role.wireName());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    result[0] = rs.getBytes(1);
                }
            }
        });
        return result[0];
    }

    private void writeRecord(AccountName account, KeyRole role, byte[] record) throws SQLException {
        sql(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE vault_key SET record = ? WHERE account = ? AND role = ?")) {
                statement.setBytes(1, record);
                statement.setString(2, account.value());
                statement.setString(3, role.wireName());
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
        });
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private void sql(SqlWork work) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            work.run(connection);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
