package org.steemdesk.keystore.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.chain.crypto.Base58;
import org.steemdesk.chain.crypto.Digests;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.Vectors;

class MemoCipherTest {
    private final MemoCipher cipher = new MemoCipher(new SecureRandom());

    /** 50 memos encrypted by steem-js (oracle memo_vectors.js --seed 1), 6 of them with steem-js's stripped x. */
    static List<JsonNode> memoVectors() {
        return Vectors.jsonLines("memo_vectors_seed1.jsonl");
    }

    static PrivateKey wif(JsonNode vector, String field) {
        return PrivateKey.fromWif(vector.get(field).asText());
    }

    @ParameterizedTest
    @MethodSource("memoVectors")
    void decryptsSteemJsMemosWithEitherPartysKey(JsonNode vector) {
        String encoded = vector.get("encoded").asText();
        for (String side : new String[] {"to_wif", "from_wif"}) {
            DecryptedMemo memo = cipher.decrypt(wif(vector, side), encoded);
            assertThat(memo.withHash()).isEqualTo(vector.get("plaintext").asText());
            assertThat(memo.from()).hasToString(vector.get("from_pub").asText());
            assertThat(memo.to()).hasToString(vector.get("to_pub").asText());
            assertThat(Long.toUnsignedString(memo.nonce())).isEqualTo(vector.get("nonce").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("memoVectors")
    void decryptsSteemdMemosWithTheFullXSchedule(JsonNode vector) {
        DecryptedMemo memo = cipher.decrypt(wif(vector, "to_wif"), vector.get("fc_encoded").asText());
        assertThat(memo.withHash()).isEqualTo(vector.get("plaintext").asText());
        boolean quirk = vector.get("schedule").asText().equals("steemjs-stripped-x");
        if (quirk) {
            assertThat(memo.schedule()).isEqualTo(KeySchedule.FULL_X);
            assertThat(cipher.decrypt(wif(vector, "to_wif"), vector.get("encoded").asText()).schedule())
                    .isEqualTo(KeySchedule.STRIPPED_X);
        }
    }

    @ParameterizedTest
    @MethodSource("memoVectors")
    void encryptsExactlyAsSteemJs(JsonNode vector) {
        long nonce = Long.parseUnsignedLong(vector.get("nonce").asText());
        String encoded = cipher.encrypt(wif(vector, "from_wif"), PublicKey.fromString(vector.get("to_pub").asText()),
                vector.get("plaintext").asText(), nonce);
        assertThat(encoded).isEqualTo(vector.get("encoded").asText());
    }

    @Test
    void decryptsSteemJsPublishedAnchor() {
        JsonNode anchor = Vectors.json("anchors.json").get("memo");
        PrivateKey key = PrivateKey.fromBytes(Digests.sha256(new byte[0]));
        assertThat(cipher.decrypt(key, anchor.get("encoded").asText()).withHash())
                .isEqualTo(anchor.get("plaintext").asText());
    }

    @Property(tries = 30)
    void roundTrips(@ForAll @StringLength(max = 300) String text, @ForAll long seed) {
        Assume.that(text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        Random random = new Random(seed);
        PrivateKey from = randomKey(random);
        PrivateKey to = randomKey(random);
        String encoded = cipher.encrypt(from, to.publicKey(), text);
        String expected = text.startsWith("#") ? text.substring(1) : text;
        assertThat(encoded).startsWith("#");
        assertThat(cipher.decrypt(to, encoded).text()).isEqualTo(expected);
        assertThat(cipher.decrypt(from, encoded).text()).isEqualTo(expected);
    }

    @Test
    void aThirdKeyIsToldTheMemoIsNotForIt() {
        JsonNode vector = memoVectors().get(0);
        PrivateKey stranger = PrivateKey.fromSeed(new byte[] {42});
        assertThatThrownBy(() -> cipher.decrypt(stranger, vector.get("encoded").asText()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_NOT_FOR_KEY));
    }

    @Test
    void damagedMemosGiveTypedErrors() {
        JsonNode vector = memoVectors().get(1);
        PrivateKey to = wif(vector, "to_wif");
        byte[] raw = Base58.decode(vector.get("encoded").asText().substring(1));
        byte[] badCheck = raw.clone();
        badCheck[66 + 8] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(to, "#" + Base58.encode(badCheck)))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_CHECK_FAILED));
        byte[] truncated = Arrays.copyOf(raw, raw.length - 5);
        assertThatThrownBy(() -> cipher.decrypt(to, "#" + Base58.encode(truncated)))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_MALFORMED));
        assertThatThrownBy(() -> cipher.decrypt(to, "#not0base58"))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_MALFORMED));
        assertThatThrownBy(() -> cipher.decrypt(to, "plain memo"))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MEMO_NOT_ENCRYPTED));
    }

    @Test
    void sharedSecretIsSymmetric() {
        PrivateKey a = PrivateKey.fromSeed(new byte[] {1});
        PrivateKey b = PrivateKey.fromSeed(new byte[] {2});
        assertThat(HexFormat.of().formatHex(SharedSecret.x(a, b.publicKey())))
                .isEqualTo(HexFormat.of().formatHex(SharedSecret.x(b, a.publicKey())));
    }

    private static PrivateKey randomKey(Random random) {
        byte[] seed = new byte[16];
        random.nextBytes(seed);
        return PrivateKey.fromSeed(seed);
    }
}
