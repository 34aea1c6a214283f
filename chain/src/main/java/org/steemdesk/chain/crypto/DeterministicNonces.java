package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The RFC 6979 HMAC-SHA256 nonce sequence for one (key, digest) pair, with the additional data of section 3.6
 * appended to the seed exactly where libsecp256k1 puts it. Bouncy Castle's {@code HMacDSAKCalculator} has no
 * place for that extra data, and dsteem's retry loop (which we reproduce byte for byte) depends on it.
 * Not thread-safe: one instance per signing attempt.
 *
 * <p>HMAC (RFC 2104) runs on {@link Sha256Blocks}: with libsecp256k1 doing k·G, these HMACs are a large part of a
 * signature's time, and {@code Mac} looks its provider up for every instance and hashes the padded key again for
 * every MAC. Here each key's pad blocks are hashed once into two eight-int states, copied for each MAC, and the
 * first key, 32 zero bytes, is shared by all signatures: 18 SHA-256 blocks per attempt instead of 24.
 */
final class DeterministicNonces {
    private static final int SIZE = 32;
    /** RFC 6979's first K's pad states; not secret, hashed once for every signature. */
    private static final int[] ZERO_INNER = new int[8];
    private static final int[] ZERO_OUTER = new int[8];

    static {
        new Sha256Blocks().pads(new byte[SIZE], ZERO_INNER, ZERO_OUTER);
    }

    private final Sha256Blocks sha = new Sha256Blocks();
    private final byte[] v = new byte[SIZE];
    private final byte[] k = new byte[SIZE];
    private final int[] inner = new int[8];
    private final int[] outer = new int[8];
    /** The message of a rekey: v ‖ separator ‖ parts. */
    private byte[] message;
    private boolean started;

    /**
     * @param secret the 32-byte private key
     * @param digest the 32-byte message digest (reduced mod n here, as bits2octets requires)
     * @param extra  additional data (32 bytes for dsteem's retries)
     */
    DeterministicNonces(byte[] secret, byte[] digest, byte[] extra) {
        byte[] reducedDigest = reduce(digest);
        message = new byte[SIZE + 1 + secret.length + reducedDigest.length + extra.length];
        Arrays.fill(v, (byte) 0x01);
        System.arraycopy(ZERO_INNER, 0, inner, 0, 8);
        System.arraycopy(ZERO_OUTER, 0, outer, 0, 8);
        int at = SIZE + 1;
        System.arraycopy(secret, 0, message, at, secret.length);
        at += secret.length;
        System.arraycopy(reducedDigest, 0, message, at, reducedDigest.length);
        at += reducedDigest.length;
        System.arraycopy(extra, 0, message, at, extra.length);
        rekey((byte) 0x00, message.length);
        advanceV();
        rekey((byte) 0x01, message.length);
        advanceV();
    }

    /**
     * The next candidate nonce in [1, n-1], as 32 big-endian bytes the caller wipes; candidates outside that range
     * are skipped, as RFC 6979 says.
     */
    byte[] next() {
        while (true) {
            if (started) {
                // RFC 6979 step 3.2.h.3: a further candidate needs a fresh key, from v ‖ 0x00 alone
                rekey((byte) 0x00, SIZE + 1);
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
        Arrays.fill(message, (byte) 0);
        Arrays.fill(inner, 0);
        Arrays.fill(outer, 0);
        sha.wipe();
    }

    /** k = HMAC_k(v ‖ separator ‖ the first bytes of the seed), and the MAC is keyed with the new k. */
    private void rekey(byte separator, int length) {
        System.arraycopy(v, 0, message, 0, SIZE);
        message[SIZE] = separator;
        sha.mac(inner, outer, message, length, k);
        sha.pads(k, inner, outer);
    }

    /** v = HMAC_k(v). */
    private void advanceV() {
        sha.mac(inner, outer, v, SIZE, v);
    }

    private static byte[] reduce(byte[] digest) {
        BigInteger h = new BigInteger(1, digest);
        if (h.compareTo(Secp256k1.N) < 0) {
            return digest;
        }
        return Secp256k1.toBytes32(h.subtract(Secp256k1.N));
    }
}
