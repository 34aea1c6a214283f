package org.steemdesk.chain.crypto;

import java.math.BigInteger;
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
    private static final GeneratorMultiplier GENERATOR = new GeneratorMultiplier(DOMAIN.getG());

    private Secp256k1() {}

    /** G·k for k in [0, n), normalised, with the precomputed tables that make key derivation and signing fast. */
    public static ECPoint multiplyG(BigInteger k) {
        return GENERATOR.multiply(k);
    }

    public static ECPoint decodePoint(byte[] encoded) {
        return DOMAIN.getCurve().decodePoint(encoded);
    }

    /** Big-endian, left-padded with zeros to 32 bytes. */
    static byte[] toBytes32(BigInteger value) {
        return BigIntegers.asUnsignedByteArray(32, value);
    }
}
