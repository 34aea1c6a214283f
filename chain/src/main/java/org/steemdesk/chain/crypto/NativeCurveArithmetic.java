package org.steemdesk.chain.crypto;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.util.BigIntegers;

/**
 * libsecp256k1 through ACINQ's secp256k1-kmp JNI binding, which ships the native library for Linux, macOS and
 * Windows and unpacks it into the temp directory (or loads it from {@code -Dfr.acinq.secp256k1.lib.path}).
 *
 * <p>Only the arithmetic is native. The binding's {@code sign} takes no extra nonce data, and dsteem feeds
 * sha256(digest ‖ attempt) into RFC 6979 on each attempt, so the nonce loop stays in {@link Ecdsa} and our bytes
 * stay dsteem's. Secret-dependent steps are constant-time wherever the library offers it, because the nonce and
 * the key are secret: k·G is {@code secp256k1_ec_pubkey_create} (libsecp256k1's blinded, constant-time
 * ecmult_gen), and s is built from the secret-key tweaks, which are constant-time scalar operations. The library
 * has no scalar inverse, so k⁻¹ is Bouncy Castle's constant-time (safegcd) inversion: measured against blinding k
 * and inverting with the JDK's BigInteger, whose inversion costs four times as much, it wins even counting the
 * loading of Bouncy Castle's signed jar. Its elliptic-curve classes stay unloaded.
 *
 * <p>JNI copies each array into C memory for the call and frees it unwiped, as any JNI binding does; the copies
 * made on this side are wiped.
 */
final class NativeCurveArithmetic implements CurveArithmetic {
    private static final int SIZE = 32;
    private static final HexFormat HEX = HexFormat.of();
    /** The generator, uncompressed (SEC 2, section 2.4.1). */
    private static final String G_X = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    private static final String G_Y = "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

    private final fr.acinq.secp256k1.Secp256k1 library;

    private NativeCurveArithmetic(fr.acinq.secp256k1.Secp256k1 library) {
        this.library = library;
    }

    /**
     * The native arithmetic, checked on fixed values; empty when the library does not load or computes wrongly.
     * Never throws: a wallet that cannot load a native library still signs, only slower. The reason is logged at
     * debug level (it names a file or an OS, never a key).
     */
    static Optional<CurveArithmetic> load() {
        try {
            NativeCurveArithmetic arithmetic = new NativeCurveArithmetic(fr.acinq.secp256k1.Secp256k1.get());
            arithmetic.checkKnownValues();
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
    public byte[] multiplyG(byte[] k) {
        return library.pubkeyCreate(k);
    }

    @Override
    public BigInteger signatureS(byte[] d, byte[] k, BigInteger e, BigInteger r) {
        byte[] sum = d.clone();
        byte[] kInverse = Secp256k1.toBytes32(BigIntegers.modOddInverse(Secp256k1.N, new BigInteger(1, k)));
        try {
            // The binding writes each result into the array it is given and returns it.
            sum = library.privKeyTweakMul(sum, Secp256k1.toBytes32(r));   // r·d
            sum = library.privKeyTweakAdd(sum, Secp256k1.toBytes32(e));   // e + r·d
            sum = library.privKeyTweakMul(sum, kInverse);                 // k⁻¹·(e + r·d)
            return new BigInteger(1, sum);
        } catch (Secp256k1Exception zeroOperand) {
            // The tweaks refuse a zero result (e + r·d = 0, and so s = 0), a chance of about 2^-256; the
            // BigInteger formula gives the same answer, zero included.
            return new JavaCurveArithmetic().signatureS(d, k, e, r);
        } finally {
            Arrays.fill(sum, (byte) 0);
            Arrays.fill(kInverse, (byte) 0);
        }
    }

    /** 1·G, (n−1)·G = −G and one s against known values: a library that loads but computes wrongly is not used. */
    private void checkKnownValues() {
        byte[] g = HEX.parseHex("04" + G_X + G_Y);
        byte[] minusG = HEX.parseHex("04" + G_X
                + HEX.formatHex(Secp256k1.toBytes32(Secp256k1.P.subtract(new BigInteger(G_Y, 16)))));
        if (!Arrays.equals(multiplyG(Secp256k1.toBytes32(BigInteger.ONE)), g)
                || !Arrays.equals(multiplyG(Secp256k1.toBytes32(Secp256k1.N.subtract(BigInteger.ONE))), minusG)) {
            throw new IllegalStateException("libsecp256k1 gives a wrong k·G");
        }
        BigInteger d = BigInteger.valueOf(0x5eed);
        BigInteger k = Secp256k1.HALF_N;
        BigInteger e = Secp256k1.N.subtract(BigInteger.TWO);
        BigInteger r = BigInteger.valueOf(7);
        BigInteger expected = k.modInverse(Secp256k1.N).multiply(e.add(r.multiply(d))).mod(Secp256k1.N);
        if (!signatureS(Secp256k1.toBytes32(d), Secp256k1.toBytes32(k), e, r).equals(expected)) {
            throw new IllegalStateException("libsecp256k1 gives a wrong s");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
