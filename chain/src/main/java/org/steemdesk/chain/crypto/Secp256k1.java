package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The secp256k1 curve. Its constants are plain numbers and Bouncy Castle's curve (optimised field arithmetic) is
 * set up on first use: signing with libsecp256k1 needs none of it, and every class loaded from Bouncy Castle's
 * signed jar is digested and checked against its manifest, which a CLI run pays for.
 */
public final class Secp256k1 {
    /** The group order. */
    public static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    public static final BigInteger HALF_N = N.shiftRight(1);
    /** The field prime; an x coordinate r + n must stay below it for public-key recovery. */
    static final BigInteger P =
            new BigInteger("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16);
    private static final byte[] N_BYTES = toBytes32(N);
    private static final int SIZE = 32;

    /** Bouncy Castle's curve, built when first asked for. */
    private static final class Curve {
        static final ECDomainParameters DOMAIN;

        static {
            X9ECParameters params = CustomNamedCurves.getByName("secp256k1");
            DOMAIN = new ECDomainParameters(params.getCurve(), params.getG(), params.getN(), params.getH());
        }
    }

    /**
     * Chosen on first use, not when the class loads: parsing a public key needs no native library, and the
     * choice reads a setting that tests set first.
     */
    private static final class Chosen {
        static final CurveArithmetic ARITHMETIC = CurveArithmetic.choose(CurveArithmetic.configuredSetting());
    }

    private Secp256k1() {}

    /** The curve, generator and order in Bouncy Castle's terms. */
    public static ECDomainParameters domain() {
        return Curve.DOMAIN;
    }

    /** G·k for k in [1, n), normalised, by libsecp256k1 where it loads and by precomputed tables otherwise. */
    public static ECPoint multiplyG(BigInteger k) {
        byte[] scalar = toBytes32(k);
        try {
            return decodePoint(arithmetic().multiplyG(scalar));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    /** "libsecp256k1" or "Bouncy Castle": which arithmetic signs in this JVM. */
    public static String arithmeticName() {
        return arithmetic().name();
    }

    static CurveArithmetic arithmetic() {
        return Chosen.ARITHMETIC;
    }

    public static ECPoint decodePoint(byte[] encoded) {
        return Curve.DOMAIN.getCurve().decodePoint(encoded);
    }

    /** Whether 32 big-endian bytes are a scalar in [1, n), without making a BigInteger of a secret. */
    static boolean isScalar(byte[] value32) {
        boolean zero = true;
        for (byte b : value32) {
            zero &= b == 0;
        }
        return !zero && Arrays.compareUnsigned(value32, N_BYTES) < 0;
    }

    /** Big-endian, left-padded with zeros to 32 bytes; the value must be below 2^256. */
    static byte[] toBytes32(BigInteger value) {
        byte[] minimal = value.toByteArray(); // may carry a leading sign byte
        byte[] out = new byte[SIZE];
        int length = Math.min(minimal.length, SIZE);
        System.arraycopy(minimal, minimal.length - length, out, SIZE - length, length);
        Arrays.fill(minimal, (byte) 0);
        return out;
    }

    /** The compressed form (02/03 ‖ x) of a 65-byte uncompressed point (04 ‖ x ‖ y). */
    static byte[] compress(byte[] uncompressed) {
        byte[] compressed = Arrays.copyOf(uncompressed, 1 + SIZE);
        compressed[0] = (byte) ((uncompressed[2 * SIZE] & 1) == 0 ? 0x02 : 0x03);
        return compressed;
    }
}
