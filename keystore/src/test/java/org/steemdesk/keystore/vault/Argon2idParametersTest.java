package org.steemdesk.keystore.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idParametersTest {

    /** RFC 9106 section 5.3: the Argon2id test vector, through the same Bouncy Castle generator the vault uses. */
    @Test
    void bouncyCastleMatchesRfc9106Argon2idVector() {
        byte[] password = filled(32, 0x01);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(32)
                .withIterations(3)
                .withParallelism(4)
                .withSalt(filled(16, 0x02))
                .withSecret(filled(8, 0x03))
                .withAdditional(filled(12, 0x04))
                .build());
        byte[] tag = new byte[32];
        generator.generateBytes(password, tag);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void derivationUsesItsParametersAndSalt() {
        Argon2idParameters small = new Argon2idParameters(64, 1, 1);
        byte[] password = {1, 2, 3};
        byte[] salt = filled(16, 7);
        assertThat(small.deriveKey(password, salt, 32)).isEqualTo(small.deriveKey(password, salt, 32));
        assertThat(small.deriveKey(password, salt, 32)).isNotEqualTo(small.deriveKey(password, filled(16, 8), 32));
        assertThat(small.deriveKey(password, salt, 32))
                .isNotEqualTo(new Argon2idParameters(64, 2, 1).deriveKey(password, salt, 32));
    }

    @Test
    void defaultsAreRfc9106SecondRecommendation() {
        assertThat(Argon2idParameters.DEFAULT).isEqualTo(new Argon2idParameters(65536, 3, 4));
    }

    @Test
    void rejectsNonsenseParameters() {
        assertThatThrownBy(() -> new Argon2idParameters(8, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(64, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(64, 1, 1).deriveKey(new byte[1], new byte[8], 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void costIsBoundedAt1GiB20Passes16Lanes() {
        assertThat(new Argon2idParameters(1024 * 1024, 20, 16).memoryKib()).isEqualTo(1024 * 1024);
        assertThatThrownBy(() -> new Argon2idParameters(1024 * 1024 + 1, 3, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(65536, 21, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idParameters(65536, 3, 17)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Argon2idParameters.problem(4L * 1024 * 1024 * 1024, 3, 4)).contains("1 GiB");
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
