package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The RFC 6979 HMAC-SHA256 nonce sequence for one (key, digest) pair, with the additional data of section 3.6
 * appended to the seed exactly where libsecp256k1 puts it. Bouncy Castle's {@code HMacDSAKCalculator} has no
 * place for that extra data, and dsteem's retry loop (which we reproduce byte for byte) depends on it.
 * Not thread-safe: one instance per signing attempt.
 *
 * <p>The MAC is the JDK's: its SHA-256 is a HotSpot intrinsic (SHA extensions where the CPU has them), and these
 * HMACs are a fifth of the time of a signature.
 */
final class DeterministicNonces {
    private static final int SIZE = 32;

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final Mac hmac;
    private final byte[] k = new byte[SIZE];
    private final byte[] v = new byte[SIZE];
    private boolean started;

    /**
     * @param secret the 32-byte private key
     * @param digest the 32-byte message digest (reduced mod n here, as bits2octets requires)
     * @param extra  32 bytes of additional data
     */
    DeterministicNonces(byte[] secret, byte[] digest, byte[] extra) {
        try {
            hmac = Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
        byte[] reducedDigest = reduce(digest);
        Arrays.fill(v, (byte) 0x01);
        key(); // k starts as 32 zero bytes
        rekey((byte) 0x00, secret, reducedDigest, extra);
        advanceV();
        rekey((byte) 0x01, secret, reducedDigest, extra);
        advanceV();
    }

    /**
     * The next candidate nonce in [1, n-1], as 32 big-endian bytes the caller wipes; candidates outside that range
     * are skipped, as RFC 6979 says.
     */
    byte[] next() {
        while (true) {
            if (started) {
                // RFC 6979 step 3.2.h.3: a further candidate needs a fresh key
                rekey((byte) 0x00);
                advanceV();
            }
            started = true;
            advanceV();
            if (Secp256k1.isScalar(v)) {
                return v.clone();
            }
        }
    }

    void wipe() {
        Arrays.fill(k, (byte) 0);
        Arrays.fill(v, (byte) 0);
        key(); // drops the key schedule of the last k
    }

    /** k = HMAC_k(v ‖ separator ‖ parts), and the MAC is keyed with the new k. */
    private void rekey(byte separator, byte[]... parts) {
        hmac.update(v, 0, SIZE);
        hmac.update(separator);
        for (byte[] part : parts) {
            hmac.update(part, 0, part.length);
        }
        doFinal(k);
        key();
    }

    /** v = HMAC_k(v); the MAC stays keyed after doFinal, so no re-init is needed. */
    private void advanceV() {
        hmac.update(v, 0, SIZE);
        doFinal(v);
    }

    private void key() {
        try {
            hmac.init(new SecretKeySpec(k, HMAC_SHA256));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a 32-byte key", e);
        }
    }

    private void doFinal(byte[] out) {
        try {
            hmac.doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("a 32-byte buffer is short for HmacSHA256", e);
        }
    }

    private static byte[] reduce(byte[] digest) {
        BigInteger h = new BigInteger(1, digest);
        if (h.compareTo(Secp256k1.N) < 0) {
            return digest;
        }
        return Secp256k1.toBytes32(h.subtract(Secp256k1.N));
    }
}
