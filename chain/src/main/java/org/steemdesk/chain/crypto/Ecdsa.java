package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDSA over secp256k1 the way Steem uses it: signatures canonical under both of steemd's rules, carrying the
 * recovery id, and verified by recovering the signer's key.
 */
final class Ecdsa {
    static final int DIGEST_SIZE = 32;

    private Ecdsa() {}

    /**
     * Signs like dsteem 0.11.3, so our signatures equal its byte for byte: for attempt = 1, 2, … take the RFC 6979
     * nonce with extra data sha256(digest ‖ attempt as one byte), force low S, and keep the first signature that is
     * also fc-canonical. About half the attempts fail on r, so r is checked before any work is spent on s.
     */
    static Signature sign(byte[] secret, byte[] digest) {
        return sign(Secp256k1.arithmetic(), secret, digest);
    }

    /** As {@link #sign(byte[], byte[])}, with the given arithmetic (tests run every vector through both). */
    static Signature sign(CurveArithmetic arithmetic, byte[] secret, byte[] digest) {
        requireDigest(digest);
        BigInteger e = new BigInteger(1, digest).mod(Secp256k1.N);
        byte[] extraInput = Arrays.copyOf(digest, DIGEST_SIZE + 1);
        byte[] extra = new byte[DIGEST_SIZE];
        Sha256Blocks sha = new Sha256Blocks();
        try {
            for (int attempt = 1; ; attempt++) {
                extraInput[DIGEST_SIZE] = (byte) attempt;
                sha.hash(extraInput, extraInput.length, extra);
                DeterministicNonces nonces = new DeterministicNonces(secret, digest, extra);
                try {
                    Signature signature = attempt(arithmetic, nonces, secret, e);
                    if (signature != null) {
                        return signature;
                    }
                } finally {
                    nonces.wipe();
                }
            }
        } finally {
            Arrays.fill(extraInput, (byte) 0);
            Arrays.fill(extra, (byte) 0);
            sha.wipe();
        }
    }

    /**
     * One run of libsecp256k1's signing loop, or null when its result would not be fc-canonical. libsecp256k1
     * moves to the next nonce only when r or s is zero; s is zero for exactly one r, independent of the nonce,
     * so returning early on a non-canonical r agrees with it except with negligible probability.
     */
    private static Signature attempt(CurveArithmetic arithmetic, DeterministicNonces nonces, byte[] secret, BigInteger e) {
        while (true) {
            byte[] k = nonces.next();
            try {
                byte[] point = arithmetic.multiplyG(k); // 04 ‖ x ‖ y
                BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + DIGEST_SIZE));
                BigInteger r = x.mod(Secp256k1.N);
                if (r.signum() == 0) {
                    continue;
                }
                if (!Signature.isFcCanonical(r)) {
                    return null;
                }
                int recoveryId = (point[point.length - 1] & 1) | (x.compareTo(Secp256k1.N) >= 0 ? 2 : 0);
                BigInteger s = arithmetic.signatureS(secret, k, e, r);
                if (s.signum() == 0) {
                    continue;
                }
                if (s.compareTo(Secp256k1.HALF_N) > 0) {
                    // bip_0062 low S: the negated s signs for the point with the other y parity
                    s = Secp256k1.N.subtract(s);
                    recoveryId ^= 1;
                }
                return Signature.isFcCanonical(s) ? Signature.of(recoveryId, r, s) : null;
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    /** SEC 1 section 4.1.6: the public key for which the signature over the digest is valid. */
    static PublicKey recover(Signature signature, byte[] digest) {
        requireDigest(digest);
        BigInteger r = signature.r();
        BigInteger s = signature.s();
        if (!inScalarRange(r) || !inScalarRange(s)) {
            throw new IllegalArgumentException("cannot recover a public key: r and s must be in 1..n-1");
        }
        int recoveryId = signature.recoveryId();
        BigInteger x = recoveryId >= 2 ? r.add(Secp256k1.N) : r;
        if (x.compareTo(Secp256k1.P) >= 0) {
            throw new IllegalArgumentException("cannot recover a public key: the recovery id points outside the field");
        }
        byte[] encoded = new byte[1 + DIGEST_SIZE];
        encoded[0] = (byte) ((recoveryId & 1) == 0 ? 0x02 : 0x03);
        System.arraycopy(Secp256k1.toBytes32(x), 0, encoded, 1, DIGEST_SIZE);
        ECPoint bigR;
        try {
            bigR = Secp256k1.decodePoint(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot recover a public key: r is not the x of a curve point", e);
        }
        BigInteger rInverse = BigIntegers.modOddInverseVar(Secp256k1.N, r);
        BigInteger e = new BigInteger(1, digest);
        BigInteger gFactor = e.negate().multiply(rInverse).mod(Secp256k1.N);
        BigInteger rFactor = s.multiply(rInverse).mod(Secp256k1.N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.domain().getG(), gFactor, bigR, rFactor).normalize();
        if (q.isInfinity()) {
            throw new IllegalArgumentException("cannot recover a public key: the signature gives the point at infinity");
        }
        return PublicKey.fromPoint(q);
    }

    static void requireDigest(byte[] digest) {
        if (digest == null || digest.length != DIGEST_SIZE) {
            throw new IllegalArgumentException("a digest to sign has 32 bytes, got "
                    + (digest == null ? "none" : digest.length));
        }
    }

    private static boolean inScalarRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(Secp256k1.N) < 0;
    }
}
