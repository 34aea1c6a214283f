package org.steemdesk.chain.crypto;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * libsecp256k1 through ACINQ's secp256k1-kmp JNI binding, which ships the native library for Linux, macOS and
 * Windows and unpacks it into the temp directory (or loads it from {@code -Dfr.acinq.secp256k1.lib.path}).
 *
 * <p>Only the arithmetic is native. The binding's {@code sign} takes no extra nonce data, and dsteem feeds
 * sha256(digest ‖ attempt) into RFC 6979 on each attempt, so the nonce loop stays in {@link Ecdsa} and our bytes
 * stay dsteem's. Constant-time wherever the library offers it, because the nonce and the key are secret:
 * k·G is {@code secp256k1_ec_pubkey_create} (libsecp256k1's blinded, constant-time ecmult_gen), and s is built
 * from the secret-key tweaks, which are constant-time scalar operations: r·d, then + e, then · k⁻¹. The library
 * has no scalar inverse, so k⁻¹ is Bouncy Castle's constant-time (safegcd) inversion.
 *
 * <p>JNI copies each array into C memory for the call and frees it unwiped, as any JNI binding does; the copies
 * made on this side are wiped.
 */
final class NativeCurveArithmetic implements CurveArithmetic {
    private static final int SIZE = 32;

    private final fr.acinq.secp256k1.Secp256k1 library;
    private final ECCurve curve = Secp256k1.DOMAIN.getCurve();
    private final CurveArithmetic rareCases = new JavaCurveArithmetic();

    private NativeCurveArithmetic(fr.acinq.secp256k1.Secp256k1 library) {
        this.library = library;
    }

    /**
     * The native arithmetic, checked against Bouncy Castle on fixed values; empty when the library does not load
     * or disagrees. Never throws: a wallet that cannot load a native library still signs, only slower. The reason
     * is logged at debug level (it names a file or an OS, never a key).
     */
    static Optional<CurveArithmetic> load() {
        try {
            NativeCurveArithmetic arithmetic = new NativeCurveArithmetic(fr.acinq.secp256k1.Secp256k1.get());
            arithmetic.checkAgainstBouncyCastle();
            return Optional.of(arithmetic);
        } catch (RuntimeException | LinkageError e) {
            // UnsatisfiedLinkError: no library for this OS or CPU, or a temp directory mounted noexec;
            // NoClassDefFoundError: the binding's jar is missing; IllegalStateException: its loader found nothing.
            // The logger only here: setting up logging costs a CLI run more than loading the library.
            System.getLogger(NativeCurveArithmetic.class.getName())
                    .log(Level.DEBUG, () -> "libsecp256k1 unavailable, signing with Bouncy Castle: " + e);
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "libsecp256k1";
    }

    @Override
    public ECPoint multiplyG(byte[] k) {
        byte[] uncompressed = library.pubkeyCreate(k); // 0x04 ‖ x ‖ y
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 1 + SIZE));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1 + SIZE, 1 + 2 * SIZE));
        return curve.createPoint(x, y);
    }

    @Override
    public BigInteger signatureS(byte[] d, byte[] k, BigInteger e, BigInteger r) {
        byte[] scalar = d.clone();
        byte[] kInverse = Secp256k1.toBytes32(BigIntegers.modOddInverse(Secp256k1.N, new BigInteger(1, k)));
        try {
            // The binding writes each result into the array it is given and returns it.
            scalar = library.privKeyTweakMul(scalar, Secp256k1.toBytes32(r));
            scalar = library.privKeyTweakAdd(scalar, Secp256k1.toBytes32(e));
            scalar = library.privKeyTweakMul(scalar, kInverse);
            return new BigInteger(1, scalar);
        } catch (Secp256k1Exception zeroOperand) {
            // The tweaks refuse a zero result (e + r·d = 0, and so s = 0), a chance of about 2^-256; the
            // BigInteger formula gives the same answer, zero included.
            return rareCases.signatureS(d, k, e, r);
        } finally {
            Arrays.fill(scalar, (byte) 0);
            Arrays.fill(kInverse, (byte) 0);
        }
    }

    /** 1·G, (n−1)·G and one s against Bouncy Castle: a library that loads but computes wrongly is not used. */
    private void checkAgainstBouncyCastle() {
        ECPoint g = Secp256k1.DOMAIN.getG();
        if (!multiplyG(Secp256k1.toBytes32(BigInteger.ONE)).equals(g)
                || !multiplyG(Secp256k1.toBytes32(Secp256k1.N.subtract(BigInteger.ONE))).equals(g.negate())) {
            throw new IllegalStateException("libsecp256k1 disagrees with Bouncy Castle on k·G");
        }
        byte[] d = Secp256k1.toBytes32(BigInteger.valueOf(0x5eed));
        byte[] k = Secp256k1.toBytes32(Secp256k1.HALF_N);
        BigInteger e = Secp256k1.N.subtract(BigInteger.TWO);
        BigInteger r = BigInteger.valueOf(7);
        if (!signatureS(d, k, e, r).equals(rareCases.signatureS(d, k, e, r))) {
            throw new IllegalStateException("libsecp256k1 disagrees with Bouncy Castle on s");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
