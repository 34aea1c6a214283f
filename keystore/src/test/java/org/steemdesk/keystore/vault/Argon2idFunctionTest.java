package org.steemdesk.keystore.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * The reference C Argon2id and Bouncy Castle's give the same bytes: RFC 9106's vector, the Debian {@code argon2}
 * command's output at the vault's cost, and a vault made before the reference implementation came in.
 * {@code mvn verify} runs this class twice: as the app runs, and with {@code -Dsteemdesk.argon2=java}.
 */
class Argon2idFunctionTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Argon2idFunction BOUNCY_CASTLE = new BouncyCastleArgon2id();
    private static final Argon2idFunction REFERENCE = ReferenceArgon2id.load(BOUNCY_CASTLE).orElseThrow();

    @Test
    void theReferenceImplementationLoadsOnTheMachinesWeBuildOn() {
        assertThat(REFERENCE.name()).isEqualTo("reference C");
        assertThat(Argon2idFunction.choose(null).name()).isEqualTo("reference C");
        assertThat(Argon2idFunction.choose(" Java").name()).isEqualTo("Bouncy Castle");
    }

    @Test
    void thisJvmUsesWhatItsSettingAsks() {
        String expected = "java".equals(System.getProperty(Argon2idFunction.SETTING_PROPERTY))
                ? "Bouncy Castle" : "reference C";

        assertThat(Argon2idFunction.current().name()).isEqualTo(expected);
    }

    /** RFC 9106 section 5.3, with secret and associated data. */
    @Test
    void bothReproduceRfc9106() {
        Argon2idParameters cost = new Argon2idParameters(32, 3, 4);
        for (Argon2idFunction function : new Argon2idFunction[] {REFERENCE, BOUNCY_CASTLE}) {
            byte[] tag = function.hash(cost, filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), 32);

            assertThat(HEX.formatHex(tag)).as(function.name())
                    .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
        }
    }

    /**
     * The vault's cost, against Debian's argon2 command:
     * {@code printf %s 'correct horse battery staple' | argon2 steemdesk-salt16 -id -t 3 -k 65536 -p 4 -l 32 -r}.
     */
    @Test
    void theVaultsCostGivesTheReferenceCommandsBytes() {
        byte[] password = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
        byte[] salt = "steemdesk-salt16".getBytes(StandardCharsets.US_ASCII);

        byte[] key = Argon2idParameters.DEFAULT.deriveKey(password, salt, 32);

        assertThat(HEX.formatHex(key)).isEqualTo("d412ad56270b9dbf0fec83d7c80061aa9aa6f032a92d76f19abdd8701da93cda");
    }

    @Test
    void bothAgreeOnOtherCostsAndLengths() {
        byte[] password = "비밀번호 password".getBytes(StandardCharsets.UTF_8);
        byte[] salt = filled(16, 0x5a);
        for (Argon2idParameters cost : new Argon2idParameters[] {
                new Argon2idParameters(64, 1, 1), new Argon2idParameters(1024, 2, 3), new Argon2idParameters(4096, 1, 8)}) {
            for (int length : new int[] {16, 32, 64, 65}) {
                byte[] none = new byte[0];
                assertThat(REFERENCE.hash(cost, password, salt, none, none, length)).as("%s, %d bytes", cost, length)
                        .isEqualTo(BOUNCY_CASTLE.hash(cost, password, salt, none, none, length));
            }
        }
    }

    @Test
    void aVaultMadeBeforeTheReferenceImplementationStillUnlocks(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vault.db");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/vault/vault-made-with-bouncy-castle.db"))) {
            Files.copy(in, file);
        }
        LoginKeys alice = LoginKeys.derive(AccountName.of("alice"), "P5alice-oracle-test-pass".toCharArray());

        try (Vault vault = Vault.open(file, VaultSettings.defaults().withIdleTimeout(Duration.ofMinutes(1)))) {
            vault.unlock("vault pass 금고".toCharArray());

            assertThat(vault.kdfParameters()).isEqualTo(Argon2idParameters.DEFAULT);
            assertThat(vault.key(AccountName.of("alice"), KeyRole.POSTING).bytes())
                    .isEqualTo(alice.key(KeyRole.POSTING).bytes());
            assertThat(vault.key(AccountName.of("alice"), KeyRole.ACTIVE).bytes())
                    .isEqualTo(alice.key(KeyRole.ACTIVE).bytes());
        }
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
