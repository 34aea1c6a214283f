package org.steemdesk.keystore.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.MutableClock;
import java.time.Instant;

/**
 * Issue 11, items 4 and 7: a tampered or cut vault file says what it is (the header is damaged, the file is damaged,
 * or "wrong password or damaged vault" where GCM cannot tell), before any key is derived, and never reads as "no key";
 * a vault others could read is made private and reported.
 */
class VaultDamageTest {
    static final AccountName ALICE = AccountName.of("alice");
    static final char[] PASSWORD = "damage test pass".toCharArray();

    @TempDir
    Path dir;
    Path file;
    VaultSettings settings;

    @BeforeEach
    void setUp() {
        file = dir.resolve("vault.db");
        settings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofMinutes(5), new MutableClock(Instant.parse("2026-01-15T12:00:00Z")),
                new SecureRandom());
        LoginKeys alice = LoginKeys.derive(ALICE, "P5alice-oracle-test-pass".toCharArray());
        try (Vault vault = Vault.create(file, PASSWORD.clone(), settings)) {
            for (KeyRole role : KeyRole.values()) {
                vault.put(ALICE, role, alice.key(role));
            }
        }
    }

    @ParameterizedTest(name = "memory {0} KiB, {1} passes, {2} lanes")
    @CsvSource({"1048577, 1, 1", "4194304, 3, 4", "5600000, 3, 4", "1099511627776, 1, 1", "65536, 21, 4",
            "65536, 1000, 4", "65536, 0, 4", "65536, -3, 4", "65536, 3, 17", "65536, 3, 0", "4, 1, 1", "-1, 1, 1"})
    void aKdfCostOutOfBoundsIsADamagedHeaderFoundBeforeDeriving(long memory, long iterations, long lanes)
            throws SQLException {
        sql("UPDATE vault_header SET memory_kib = ?, iterations = ?, parallelism = ?", memory, iterations, lanes);
        // Open alone reads the header: no password, no derivation, no gigabytes.
        expect(() -> Vault.open(file, settings).close(), Reason.VAULT_HEADER_DAMAGED, "the vault header is damaged");
    }

    @ParameterizedTest(name = "{0} cut to {1} bytes")
    @CsvSource({"vault_header, salt, 15", "vault_header, salt, 0", "vault_header, salt, 17", "data_key, nonce, 11",
            "data_key, nonce, 0", "data_key, wrapped, 47", "data_key, wrapped, 16", "data_key, wrapped, 49"})
    void aSaltNonceOrWrappedKeyOfTheWrongSizeIsADamagedHeader(String table, String column, int size)
            throws SQLException {
        sql("UPDATE " + table + " SET " + column + " = ?", new byte[size]);
        expect(() -> Vault.open(file, settings).close(), Reason.VAULT_HEADER_DAMAGED, column.equals("wrapped")
                ? "wrapped key" : column);
    }

    @Test
    void everyFlippedByteOfSaltNonceOrWrappedKeyReadsAsWrongPasswordOrDamagedVault() throws SQLException {
        for (String[] part : new String[][] {{"vault_header", "salt"}, {"data_key", "nonce"}, {"data_key", "wrapped"}}) {
            byte[] original = blob(part[0], part[1]);
            for (int i = 0; i < original.length; i++) {
                byte[] flipped = original.clone();
                flipped[i] ^= 0x01;
                sql("UPDATE " + part[0] + " SET " + part[1] + " = ?", (Object) flipped);
                try (Vault vault = Vault.open(file, settings)) {
                    expect(() -> vault.unlock(PASSWORD.clone()), Reason.WRONG_PASSWORD,
                            "wrong password or damaged vault");
                }
            }
            sql("UPDATE " + part[0] + " SET " + part[1] + " = ?", (Object) original);
        }
        try (Vault vault = Vault.open(file, settings)) {
            vault.unlock(PASSWORD.clone());
            assertThat(vault.key(ALICE, KeyRole.ACTIVE)).isNotNull();
        }
    }

    @Test
    void aVaultCutShortAnywhereReadsAsDamagedNeverAsNoKey() throws IOException {
        long size = Files.size(file);
        List<Long> cuts = new ArrayList<>(List.of(0L, 1L, 16L, 99L, 100L, 101L, size / 2, size - 1));
        for (long page = 512; page < size; page += 512) {
            cuts.add(page);
        }
        Path whole = dir.resolve("whole.db");
        Files.copy(file, whole);
        for (long cut : cuts) {
            Files.copy(whole, file, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
                try (Vault vault = Vault.open(file, settings)) {
                    vault.unlock(PASSWORD.clone());
                    vault.key(ALICE, KeyRole.ACTIVE);
                }
            });
            assertThat(thrown).as("cut at %d of %d bytes", cut, size).isInstanceOfSatisfying(KeystoreException.class,
                    e -> assertThat(e.reason()).isIn(Reason.VAULT_DAMAGED, Reason.VAULT_HEADER_DAMAGED));
        }
    }

    @Test
    void aNewVaultIsReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Vault vault = Vault.open(file, settings)) {
            assertThat(vault.exposure()).isEmpty();
        }
    }

    @Test
    void aVaultOthersCouldReadIsMadePrivateAndReported() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path journal = dir.resolve("vault.db-journal");
        Files.write(journal, new byte[0]);
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (Vault vault = Vault.open(file, settings)) {
            assertThat(vault.exposure()).hasValueSatisfying(exposure -> {
                assertThat(exposure.path()).isEqualTo(file);
                assertThat(exposure.foundMode()).isEqualTo("rw-r--r--");
                assertThat(exposure.madePrivate()).isTrue();
                assertThat(exposure.message()).contains("readable by other users");
            });
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
        try (Vault vault = Vault.open(file, settings)) {
            assertThat(vault.exposure()).isEmpty();
        }
    }

    private static void expect(ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private void sql(String update, Object... values) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement statement = connection.prepareStatement(update)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private byte[] blob(String table, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = connection.createStatement().executeQuery("SELECT " + column + " FROM " + table)) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
