package org.steemdesk.chain.crypto;

import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4) on a caller-held state of eight ints, for the RFC 6979 nonce HMACs, where a signature spends
 * about 40 compressions on 32- to 129-byte messages. The JDK's SHA-256 is a HotSpot intrinsic only in C2-compiled
 * code, and a CLI run stays in C1 (its compile time is never paid back); there the JDK's {@code MessageDigest} costs
 * about twice this loop per block, through its buffer copies, per-MAC clones and VarHandle byte access (JFR on
 * {@code tx sign} of 20,000 votes: SHA-256 was a sixth of the samples). A key's HMAC pad states are eight ints each,
 * copied per MAC rather than cloned. Tests compare it with the JDK's SHA-256 and HMAC on random inputs.
 *
 * <p>No branch or index depends on the data, so it runs in the same time for every key and nonce. Not thread-safe:
 * one per signing thread's nonce sequence; {@link #wipe()} clears the message schedule, which holds key bytes.
 */
final class Sha256Blocks {
    static final int BLOCK = 64;
    static final int SIZE = 32;
    private static final int[] INITIAL = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
        0x1f83d9ab, 0x5be0cd19};
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    /** The message schedule; words 0..15 are the block being compressed. */
    private final int[] w = new int[64];

    /** SHA-256 of the bytes, into out[0..31]. */
    void hash(byte[] message, int length, byte[] out) {
        int[] state = INITIAL.clone();
        absorb(state, message, length, 0);
        toBytes(state, out);
        Arrays.fill(state, 0);
    }

    /**
     * The key's two HMAC pad states (RFC 2104), each after its one pad block: {@code inner} and {@code outer}, eight
     * ints each. The key has at most 64 bytes.
     */
    void pads(byte[] key, int[] inner, int[] outer) {
        padState(key, 0x36363636, inner);
        padState(key, 0x5c5c5c5c, outer);
    }

    /** out = HMAC(key, message[0..length)), the key given by its pad states; the states are left as they were. */
    void mac(int[] inner, int[] outer, byte[] message, int length, byte[] out) {
        int[] state = inner.clone();
        absorb(state, message, length, BLOCK);
        int[] innerHash = state.clone();
        System.arraycopy(outer, 0, state, 0, 8);
        // The outer message is the inner hash: one block, its padding and length (64 + 32 bytes) fixed.
        System.arraycopy(innerHash, 0, w, 0, 8);
        w[8] = 0x80000000;
        Arrays.fill(w, 9, 15, 0);
        w[15] = (BLOCK + SIZE) * 8;
        compress(state);
        toBytes(state, out);
        Arrays.fill(state, 0);
        Arrays.fill(innerHash, 0);
    }

    void wipe() {
        Arrays.fill(w, 0);
    }

    private void padState(byte[] key, int pad, int[] state) {
        System.arraycopy(INITIAL, 0, state, 0, 8);
        Arrays.fill(w, 0, 16, pad);
        for (int i = 0; i < key.length; i++) {
            w[i >> 2] ^= (key[i] & 0xff) << (24 - 8 * (i & 3));
        }
        compress(state);
    }

    /** Feeds the message and SHA-256's padding to the state; {@code before} bytes were hashed into it already. */
    private void absorb(int[] state, byte[] message, int length, long before) {
        int offset = 0;
        for (; length - offset >= BLOCK; offset += BLOCK) {
            load(message, offset, BLOCK);
            compress(state);
        }
        int rest = length - offset;
        load(message, offset, rest);
        w[rest >> 2] |= 0x80 << (24 - 8 * (rest & 3));
        if (rest >= BLOCK - 8) {
            compress(state);
            Arrays.fill(w, 0, 16, 0);
        }
        long bits = (before + length) * 8;
        w[14] = (int) (bits >>> 32);
        w[15] = (int) bits;
        compress(state);
    }

    /** w[0..15] = the bytes message[offset..offset+count) big-endian, zeros after them. */
    private void load(byte[] message, int offset, int count) {
        Arrays.fill(w, 0, 16, 0);
        for (int i = 0; i < count; i++) {
            w[i >> 2] |= (message[offset + i] & 0xff) << (24 - 8 * (i & 3));
        }
    }

    private void compress(int[] state) {
        int[] w = this.w;
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + K[t] + w[t];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static void toBytes(int[] state, byte[] out) {
        for (int i = 0; i < SIZE; i++) {
            out[i] = (byte) (state[i >> 2] >>> (24 - 8 * (i & 3)));
        }
    }
}
