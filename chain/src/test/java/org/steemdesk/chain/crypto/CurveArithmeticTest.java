package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * libsecp256k1 and Bouncy Castle give the same signatures, and the choice between them follows the setting.
 * The vector tests run twice in {@code mvn verify}: once as the app runs (libsecp256k1), once with
 * {@code -Dsteemdesk.secp256k1=java} (chain/pom.xml).
 */
class CurveArithmeticTest {
    private static final CurveArithmetic JAVA = new JavaCurveArithmetic();
    private static final CurveArithmetic NATIVE = NativeCurveArithmetic.load().orElseThrow();

    @Provide
    Arbitrary<byte[]> bytes32() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }

    @Test
    void theNativeLibraryLoadsOnTheMachinesWeBuildOn() {
        assertThat(NativeCurveArithmetic.load()).isPresent();
        assertThat(NATIVE.name()).isEqualTo("libsecp256k1");
    }

    @Test
    void theSettingForcesBouncyCastle() {
        assertThat(CurveArithmetic.choose("java").name()).isEqualTo("Bouncy Castle");
        assertThat(CurveArithmetic.choose(" JAVA ").name()).isEqualTo("Bouncy Castle");
        assertThat(CurveArithmetic.choose(null).name()).isEqualTo("libsecp256k1");
        assertThat(CurveArithmetic.choose("native").name()).isEqualTo("libsecp256k1");
    }

    @Test
    void thisJvmUsesWhatItsSettingAsks() {
        String expected = "java".equals(System.getProperty(CurveArithmetic.SETTING_PROPERTY))
                ? "Bouncy Castle" : "libsecp256k1";

        assertThat(Secp256k1.arithmeticName()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void bothSignTheSameBytes(@ForAll("bytes32") byte[] seed, @ForAll("bytes32") byte[] digest) {
        byte[] secret = Digests.sha256(seed);

        Signature expected = Ecdsa.sign(JAVA, secret, digest);

        assertThat(Ecdsa.sign(NATIVE, secret, digest)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void bothComputeTheSameS(@ForAll("bytes32") byte[] seedD, @ForAll("bytes32") byte[] seedK,
                             @ForAll("bytes32") byte[] digest, @ForAll("bytes32") byte[] seedR) {
        byte[] d = Digests.sha256(seedD);
        byte[] k = Digests.sha256(seedK);
        BigInteger e = new BigInteger(1, digest).mod(Secp256k1.N);
        BigInteger r = new BigInteger(1, Digests.sha256(seedR)).mod(Secp256k1.N);

        assertThat(NATIVE.signatureS(d, k, e, r)).isEqualTo(JAVA.signatureS(d, k, e, r));
    }

    @Test
    void aZeroDigestAndAZeroSAreHandledAsBouncyCastleHandlesThem() {
        byte[] d = Secp256k1.toBytes32(BigInteger.valueOf(12345));
        byte[] k = Secp256k1.toBytes32(BigInteger.valueOf(678));
        BigInteger r = BigInteger.valueOf(91011);
        BigInteger eForZeroS = Secp256k1.N.subtract(r.multiply(new BigInteger(1, d)).mod(Secp256k1.N));

        assertThat(NATIVE.signatureS(d, k, BigInteger.ZERO, r)).isEqualTo(JAVA.signatureS(d, k, BigInteger.ZERO, r));
        assertThat(NATIVE.signatureS(d, k, eForZeroS, r)).isZero();
        assertThat(JAVA.signatureS(d, k, eForZeroS, r)).isZero();
    }

    @Test
    void toBytes32PadsAndDropsTheSignByte() {
        assertThat(Secp256k1.toBytes32(BigInteger.ONE)).hasSize(32).endsWith(1).startsWith(0, 0);
        assertThat(Secp256k1.toBytes32(Secp256k1.N)).isEqualTo(java.util.HexFormat.of()
                .parseHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"));
        assertThat(Secp256k1.toBytes32(BigInteger.ZERO)).isEqualTo(new byte[32]);
    }

    @Test
    void theSecretAndNonceAreLeftAsGiven() {
        byte[] d = Digests.sha256(new byte[] {1});
        byte[] k = Digests.sha256(new byte[] {2});
        byte[] dBefore = d.clone();
        byte[] kBefore = k.clone();

        NATIVE.signatureS(d, k, BigInteger.TEN, BigInteger.TWO);
        NATIVE.multiplyG(k);

        assertThat(Arrays.equals(d, dBefore) && Arrays.equals(k, kBefore)).isTrue();
    }
}
