package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The RFC 6979 HMAC-SHA256 nonce sequence for one (key, digest) pair, with the additional data of section 3.6
 * appended to the seed exactly where libsecp256k1 puts it. Bouncy Castle's {@code HMacDSAKCalculator} has no
 * place for that extra data, and dsteem's retry loop (which we reproduce byte for byte) depends on it.
 * Not thread-safe: one instance per signing attempt.
 *
 * <p>HMAC (RFC 2104) is built here on the JDK's SHA-256 (a HotSpot intrinsic) rather than taken from {@code Mac}:
 * with libsecp256k1 doing k·G, these HMACs became half of a signature's time, and {@code Mac} looks its provider
 * up for every instance and hashes the padded key again for every MAC. Here each key's pad blocks are hashed
 * once and the hash state is copied for each MAC, and the first key, 32 zero bytes, is shared by all signatures:
 * 18 SHA-256 blocks per attempt instead of 24.
 */
final class DeterministicNonces {
    private static final int SIZE = 32;
    /** RFC 6979's first K; its pads are not secret, and are hashed once for every signature. */
    private static final Pads ZERO_KEY = new Pads(new byte[SIZE]);

    private final byte[] v = new byte[SIZE];
    private final byte[] k = new byte[SIZE];
    private Pads key;
    private boolean started;

    /**
     * @param secret the 32-byte private key
     * @param digest the 32-byte message digest (reduced mod n here, as bits2octets requires)
     * @param extra  32 bytes of additional data
     */
    DeterministicNonces(byte[] secret, byte[] digest, byte[] extra) {
        byte[] reducedDigest = reduce(digest);
        Arrays.fill(v, (byte) 0x01);
        key = ZERO_KEY;
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
        if (key != ZERO_KEY) {
            key.wipe();
        }
    }

    /** k = HMAC_k(v ‖ separator ‖ parts), and the MAC is keyed with the new k. */
    private void rekey(byte separator, byte[]... parts) {
        MessageDigest inner = key.inner();
        inner.update(v);
        inner.update(separator);
        for (byte[] part : parts) {
            inner.update(part);
        }
        key.finish(inner, k);
        if (key != ZERO_KEY) {
            key.wipe();
        }
        key = new Pads(k);
    }

    /** v = HMAC_k(v). */
    private void advanceV() {
        MessageDigest inner = key.inner();
        inner.update(v);
        key.finish(inner, v);
    }

    private static byte[] reduce(byte[] digest) {
        BigInteger h = new BigInteger(1, digest);
        if (h.compareTo(Secp256k1.N) < 0) {
            return digest;
        }
        return Secp256k1.toBytes32(h.subtract(Secp256k1.N));
    }

    /** A key's SHA-256 states after its inner and outer pad blocks; copied for each MAC, never updated. */
    private static final class Pads {
        private static final int BLOCK = 64;
        private final MessageDigest inner = Digests.newSha256();
        private final MessageDigest outer = Digests.newSha256();

        Pads(byte[] key32) {
            byte[] pad = new byte[BLOCK];
            padded(key32, (byte) 0x36, pad);
            inner.update(pad);
            padded(key32, (byte) 0x5c, pad);
            outer.update(pad);
            Arrays.fill(pad, (byte) 0);
        }

        private static void padded(byte[] key32, byte pad, byte[] out) {
            Arrays.fill(out, pad);
            for (int i = 0; i < key32.length; i++) {
                out[i] ^= key32[i];
            }
        }

        /** A copy of the inner state, to be fed the message and handed to {@link #finish}. */
        MessageDigest inner() {
            return Digests.copy(inner);
        }

        /** out = H(outer pad ‖ H(inner pad ‖ message)); finishing a digest resets it, so no key state is left. */
        void finish(MessageDigest innerWithMessage, byte[] out) {
            byte[] innerHash = innerWithMessage.digest();
            MessageDigest finalHash = Digests.copy(outer);
            finalHash.update(innerHash);
            Arrays.fill(innerHash, (byte) 0);
            try {
                finalHash.digest(out, 0, SIZE);
            } catch (DigestException e) {
                throw new IllegalStateException("a 32-byte buffer is short for SHA-256", e);
            }
        }

        void wipe() {
            inner.reset();
            outer.reset();
        }
    }
}
