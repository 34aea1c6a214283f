package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;

/**
 * Bouncy Castle's arithmetic: our fixed-window k·G (cache-safe table lookups) and BigInteger for s, with its
 * constant-time inversion of the nonce. The fallback when libsecp256k1 cannot load.
 */
final class JavaCurveArithmetic implements CurveArithmetic {
    /** The precomputed windows cost a few milliseconds to build, so only a JVM that uses this path pays for them. */
    private static final class Tables {
        static final GeneratorMultiplier GENERATOR = new GeneratorMultiplier(Secp256k1.domain().getG());
    }

    @Override
    public String name() {
        return "Bouncy Castle";
    }

    @Override
    public byte[] multiplyG(byte[] k) {
        return Tables.GENERATOR.multiply(new BigInteger(1, k)).getEncoded(false);
    }

    @Override
    public BigInteger signatureS(byte[] d, byte[] k, BigInteger e, BigInteger r) {
        BigInteger kInverse = BigIntegers.modOddInverse(Secp256k1.N, new BigInteger(1, k));
        return kInverse.multiply(e.add(r.multiply(new BigInteger(1, d)))).mod(Secp256k1.N);
    }

    @Override
    public String toString() {
        return name();
    }
}
