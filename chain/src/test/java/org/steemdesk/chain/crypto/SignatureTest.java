package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;

class SignatureTest {
    private static final PrivateKey KEY = PrivateKey.fromWif("5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq");
    private static final byte[] DIGEST = Digests.sha256("steemdesk".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void withoutExtraDataTheFirstNonceIsBouncyCastlesRfc6979Nonce() {
        // only the first: for later candidates BC skips the re-keying of RFC 6979 step 3.2.h.3 that libsecp256k1 does
        HMacDSAKCalculator reference = new HMacDSAKCalculator(new SHA256Digest());
        reference.init(Secp256k1.N, KEY.scalar(), DIGEST);

        DeterministicNonces nonces = new DeterministicNonces(KEY.bytes(), DIGEST, new byte[0]);

        assertThat(new BigInteger(1, nonces.next())).isEqualTo(reference.nextK());
    }

    @Test
    void highSIsNotCanonicalYetRecoversTheSameKeyWithTheFlippedRecoveryId() {
        Signature low = KEY.sign(DIGEST);
        Signature high = Signature.of(low.recoveryId() ^ 1, low.r(), Secp256k1.N.subtract(low.s()));

        assertThat(high.isLowS()).isFalse();
        assertThat(high.isCanonical()).isFalse();
        assertThat(high.recoverPublicKey(DIGEST)).isEqualTo(KEY.publicKey());
        assertThat(KEY.publicKey().verify(DIGEST, high)).isTrue();
    }

    @Test
    void wrongRecoveryIdDoesNotVerify() {
        Signature good = KEY.sign(DIGEST);
        Signature wrongId = Signature.of(good.recoveryId() ^ 1, good.r(), good.s());

        assertThat(KEY.publicKey().verify(DIGEST, wrongId)).isFalse();
    }

    @Test
    void fcCanonicalRuleOnTheBytes() {
        BigInteger r = KEY.sign(DIGEST).r();

        assertThat(Signature.isFcCanonical(new BigInteger("80" + "00".repeat(31), 16))).as("sign bit set").isFalse();
        assertThat(Signature.isFcCanonical(new BigInteger("7f" + "ff".repeat(31), 16))).isTrue();
        assertThat(Signature.isFcCanonical(new BigInteger("0080" + "00".repeat(30), 16))).as("0x00 0x80").isTrue();
        assertThat(Signature.isFcCanonical(new BigInteger("007f" + "ff".repeat(30), 16))).as("padding byte").isFalse();
        assertThat(Signature.of(0, r, BigInteger.ONE).isFcCanonical()).isFalse();
        assertThat(Signature.of(0, r, BigInteger.ONE).isLowS()).isTrue();
    }

    @Test
    void headersForUncompressedKeysRecoverAlike() {
        Signature signature = KEY.sign(DIGEST);
        byte[] bytes = signature.bytes();
        bytes[0] -= 4;

        assertThat(Signature.fromBytes(bytes).recoverPublicKey(DIGEST)).isEqualTo(KEY.publicKey());
    }

    @Test
    void recoveryRejectsOutOfRangeScalarsClearly() {
        BigInteger r = KEY.sign(DIGEST).r();
        for (Signature bad : new Signature[] {
                Signature.of(0, BigInteger.ZERO, BigInteger.ONE),
                Signature.of(0, r, BigInteger.ZERO),
                Signature.of(0, Secp256k1.N, BigInteger.ONE),
                Signature.of(0, r, Secp256k1.N)}) {
            assertThatThrownBy(() -> bad.recoverPublicKey(DIGEST))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("r and s must be in 1..n-1");
            assertThat(KEY.publicKey().verify(DIGEST, bad)).isFalse();
        }
    }

    @Test
    void recoveryRejectsAnXOutsideTheFieldOrOffTheCurve() {
        Signature beyondField = Signature.of(2, Secp256k1.N.subtract(BigInteger.ONE), BigInteger.ONE);
        assertThatThrownBy(() -> beyondField.recoverPublicKey(DIGEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the field");

        BigInteger offCurve = BigInteger.ONE;
        while (isCurveX(offCurve)) {
            offCurve = offCurve.add(BigInteger.ONE);
        }
        Signature noPoint = Signature.of(0, offCurve, BigInteger.ONE);
        assertThatThrownBy(() -> noPoint.recoverPublicKey(DIGEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the x of a curve point");
        assertThat(KEY.publicKey().verify(DIGEST, noPoint)).isFalse();
    }

    private static boolean isCurveX(BigInteger x) {
        byte[] encoded = new byte[33];
        encoded[0] = 2;
        System.arraycopy(Secp256k1.toBytes32(x), 0, encoded, 1, 32);
        try {
            Secp256k1.decodePoint(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void digestMustHave32Bytes() {
        assertThatThrownBy(() -> KEY.sign(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes, got 31");
        Signature signature = KEY.sign(DIGEST);
        assertThatThrownBy(() -> signature.recoverPublicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KEY.publicKey().verify(null, signature)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNullKeyVerifiesNothingAndHasNoSharedSecret() {
        PublicKey nullKey = PublicKey.fromString("STM1111111111111111111111111111111114T1Anm");

        assertThat(nullKey.verify(DIGEST, KEY.sign(DIGEST))).isFalse();
        assertThatThrownBy(() -> KEY.sharedSecretX(nullKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null public key");
    }

    @Test
    void sharedSecretKeepsLeadingZerosAndMatchesBouncyCastlesEcdh() {
        // about one pair in 256 has an x starting with a zero byte; search deterministically for one
        PrivateKey other = null;
        byte[] x = null;
        for (int i = 0; x == null || x[0] != 0; i++) {
            other = PrivateKey.fromSeed(("peer" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            x = KEY.sharedSecretX(other.publicKey());
        }
        ECDHBasicAgreement agreement = new ECDHBasicAgreement();
        agreement.init(new ECPrivateKeyParameters(KEY.scalar(), Secp256k1.domain()));
        BigInteger reference = agreement.calculateAgreement(
                new ECPublicKeyParameters(other.publicKey().point(), Secp256k1.domain()));

        assertThat(x).hasSize(32);
        assertThat(x[0]).isZero();
        assertThat(x).isEqualTo(Secp256k1.toBytes32(reference));
        assertThat(other.sharedSecretX(KEY.publicKey())).isEqualTo(x);
    }

    @Test
    void aWipedKeyNoLongerSigns() {
        PrivateKey key = PrivateKey.fromSeed(new byte[] {1});
        key.destroy();

        assertThatThrownBy(() -> key.sign(DIGEST)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> key.sharedSecretX(KEY.publicKey())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void compactFormHasTheCompressedKeyHeader() {
        Signature signature = KEY.sign(DIGEST);

        assertThat(signature.bytes()).hasSize(65);
        assertThat(signature.bytes()[0] & 0xff).isBetween(31, 34);
        assertThat(Signature.fromHex(signature.toHex())).isEqualTo(signature);
        assertThat(HexFormat.of().parseHex(signature.toHex())).isEqualTo(signature.bytes());
    }
}
