package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class KeyAndSignaturePropertyTest {
    private static final String BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Provide
    Arbitrary<PrivateKey> keys() {
        return bytes32().map(Digests::sha256).map(PrivateKey::fromBytes);
    }

    @Provide
    Arbitrary<byte[]> bytes32() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }

    @Property(tries = 200)
    void signatureRecoversTheSignerAndIsCanonical(@ForAll("keys") PrivateKey key, @ForAll("bytes32") byte[] digest) {
        Signature signature = key.sign(digest);

        assertThat(signature.isCanonical()).isTrue();
        assertThat(signature.recoverPublicKey(digest)).isEqualTo(key.publicKey());
        assertThat(key.publicKey().verify(digest, signature)).isTrue();
        assertThat(key.sign(digest)).as("deterministic").isEqualTo(signature);
    }

    @Property(tries = 100)
    void signatureDoesNotVerifyForAnotherDigest(@ForAll("keys") PrivateKey key, @ForAll("bytes32") byte[] digest,
                                                @ForAll("bytes32") byte[] other) {
        Assume.that(!Arrays.equals(digest, other));
        assertThat(key.publicKey().verify(other, key.sign(digest))).isFalse();
    }

    @Property(tries = 100)
    void sharedSecretIsSymmetric(@ForAll("keys") PrivateKey a, @ForAll("keys") PrivateKey b) {
        byte[] ab = a.sharedSecretX(b.publicKey());

        assertThat(ab).hasSize(32).isEqualTo(b.sharedSecretX(a.publicKey()));
    }

    @Property(tries = 200)
    void wifRoundTrips(@ForAll("keys") PrivateKey key) {
        char[] wif = key.toWif();

        assertThat(PrivateKey.fromWif(java.nio.CharBuffer.wrap(wif)).bytes()).isEqualTo(key.bytes());
        assertThat(wif[0]).isEqualTo('5');
    }

    @Property(tries = 200)
    void publicKeyStringRoundTrips(@ForAll("keys") PrivateKey key) {
        String text = key.publicKey().toString();

        assertThat(text).startsWith("STM");
        assertThat(PublicKey.fromString(text)).isEqualTo(key.publicKey());
        assertThat(PublicKey.fromString(text).toString()).isEqualTo(text);
    }

    @Property(tries = 300)
    void wifWithOneCharacterChangedIsRejectedWithoutEchoingIt(@ForAll("keys") PrivateKey key,
                                                             @ForAll @IntRange(min = 0, max = 50) int position,
                                                             @ForAll @IntRange(min = 1, max = 57) int shift) {
        String wif = new String(key.toWif());
        int at = position % wif.length();
        char changed = BASE58_ALPHABET.charAt((BASE58_ALPHABET.indexOf(wif.charAt(at)) + shift) % 58);
        String typo = wif.substring(0, at) + changed + wif.substring(at + 1);

        assertRejectedWithoutLeak(typo);
    }

    @Property(tries = 100)
    void wifWithWrongChecksumOrLengthIsRejected(@ForAll("keys") PrivateKey key,
                                               @ForAll @IntRange(min = 0, max = 2) int mutation) {
        byte[] payload = new byte[37];
        payload[0] = (byte) 0x80;
        System.arraycopy(key.bytes(), 0, payload, 1, 32);
        byte[] check = Digests.doubleSha256(Arrays.copyOf(payload, 33));
        System.arraycopy(check, 0, payload, 33, 4);
        byte[] broken = switch (mutation) {
            case 0 -> { payload[36] ^= 1; yield payload; }            // checksum
            case 1 -> Arrays.copyOf(payload, 36);                     // too short
            default -> Arrays.copyOf(payload, 38);                    // too long
        };

        assertRejectedWithoutLeak(Base58.encode(broken));
    }

    private static void assertRejectedWithoutLeak(String wif) {
        assertThatThrownBy(() -> PrivateKey.fromWif(wif))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a WIF private key")
                .satisfies(e -> {
                    String message = e.getMessage();
                    for (int i = 0; i + 6 <= wif.length(); i++) {
                        assertThat(message).doesNotContain(wif.substring(i, i + 6));
                    }
                });
    }

    @Property(tries = 300)
    void publicKeyWithOneCharacterChangedIsRejected(@ForAll("keys") PrivateKey key,
                                                    @ForAll @IntRange(min = 3, max = 60) int position,
                                                    @ForAll @IntRange(min = 1, max = 57) int shift) {
        String text = key.publicKey().toString();
        int at = 3 + (position - 3) % (text.length() - 3);
        char changed = BASE58_ALPHABET.charAt((BASE58_ALPHABET.indexOf(text.charAt(at)) + shift) % 58);
        String typo = text.substring(0, at) + changed + text.substring(at + 1);

        assertThatThrownBy(() -> PublicKey.fromString(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a public key");
    }

    @Property(tries = 100)
    void publicKeyOfWrongLengthIsRejected(@ForAll("keys") PrivateKey key, @ForAll @IntRange(min = 1, max = 5) int cut) {
        String text = key.publicKey().toString();

        assertThatThrownBy(() -> PublicKey.fromString(text.substring(0, text.length() - cut)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a public key");
        assertThatThrownBy(() -> PublicKey.fromString(text + "1".repeat(cut)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a public key");
    }

    @Provide
    Arbitrary<byte[]> bytesWithLeadingZeros() {
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(64);
        return Combinators.combine(Arbitraries.integers().between(0, 5), body).as((zeros, rest) -> {
            byte[] all = new byte[zeros + rest.length];
            System.arraycopy(rest, 0, all, zeros, rest.length);
            return all;
        });
    }

    @Property
    void base58RoundTripsKeepingLeadingZeros(@ForAll("bytesWithLeadingZeros") byte[] data) {
        String encoded = Base58.encode(data);
        int zeros = 0;
        while (zeros < data.length && data[zeros] == 0) {
            zeros++;
        }

        assertThat(Base58.decode(encoded)).isEqualTo(data);
        assertThat(encoded).startsWith("1".repeat(zeros));
        assertThat(String.valueOf(Base58.encodeToChars(data))).isEqualTo(encoded);
    }
}
