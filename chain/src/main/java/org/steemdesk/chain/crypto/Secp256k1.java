package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** The secp256k1 curve, with Bouncy Castle's optimised field arithmetic. */
public final class Secp256k1 {
    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
    public static final ECDomainParameters DOMAIN =
            new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());
    public static final BigInteger N = PARAMS.getN();
    public static final BigInteger HALF_N = N.shiftRight(1);
    /** The field prime; an x coordinate r + n must stay below it for public-key recovery. */
    static final BigInteger P = PARAMS.getCurve().getField().getCharacteristic();
    private static final byte[] N_BYTES = toBytes32(N);

    /**
     * Chosen on first use, not when the class loads: parsing a public key needs no native library, and the
     * choice reads a setting that tests set first.
     */
    private static final class Chosen {
        static final CurveArithmetic ARITHMETIC = CurveArithmetic.choose(CurveArithmetic.configuredSetting());
    }

    private Secp256k1() {}

    /** G·k for k in [1, n), normalised, by libsecp256k1 where it loads and by precomputed tables otherwise. */
    public static ECPoint multiplyG(BigInteger k) {
        byte[] scalar = toBytes32(k);
        try {
            return arithmetic().multiplyG(scalar);
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
        return DOMAIN.getCurve().decodePoint(encoded);
    }

    /** Whether 32 big-endian bytes are a scalar in [1, n), without making a BigInteger of a secret. */
    static boolean isScalar(byte[] value32) {
        boolean zero = true;
        for (byte b : value32) {
            zero &= b == 0;
        }
        return !zero && Arrays.compareUnsigned(value32, N_BYTES) < 0;
    }

    /** Big-endian, left-padded with zeros to 32 bytes. */
    static byte[] toBytes32(BigInteger value) {
        return BigIntegers.asUnsignedByteArray(32, value);
    }
}
