package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The nonces' own SHA-256 and HMAC against the JDK's, on every length around the block and padding edges. */
class Sha256BlocksTest {

    @Test
    void hashesTheFipsExamples() {
        assertThat(hash(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hash("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesEveryLengthUpTo200BytesLikeTheJdk() throws Exception {
        for (int length = 0; length <= 200; length++) {
            byte[] message = new byte[length];
            for (int i = 0; i < length; i++) {
                message[i] = (byte) (i * 31 + length);
            }
            assertThat(hash(message)).as("length %d", length)
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message)));
        }
    }

    @Property(tries = 300)
    void macsLikeTheJdk(@ForAll @Size(min = 1, max = 64) byte[] key, @ForAll @Size(max = 300) byte[] message)
            throws Exception {
        Sha256Blocks sha = new Sha256Blocks();
        int[] inner = new int[8];
        int[] outer = new int[8];
        sha.pads(key, inner, outer);
        byte[] out = new byte[32];
        sha.mac(inner, outer, message, message.length, out);

        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key, "HmacSHA256"));
        assertThat(out).isEqualTo(jdk.doFinal(message));
        byte[] again = new byte[32];
        sha.mac(inner, outer, message, message.length, again);
        assertThat(again).as("the pad states are left as they were").isEqualTo(out);
    }

    private static String hash(byte[] message) {
        byte[] out = new byte[32];
        new Sha256Blocks().hash(message, message.length, out);
        return HexFormat.of().formatHex(out);
    }
}
