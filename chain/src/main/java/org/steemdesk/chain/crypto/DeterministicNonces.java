package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The RFC 6979 HMAC-SHA256 nonce sequence for one (key, digest) pair, with the additional data of section 3.6
 * appended to the seed exactly where libsecp256k1 puts it. Bouncy Castle's {@code HMacDSAKCalculator} has no
 * place for that extra data, and dsteem's retry loop (which we reproduce byte for byte) depends on it.
 * Not thread-safe: one instance per signing attempt.
 */
final class DeterministicNonces {
    private static final int SIZE = 32;

    private final HMac hmac = new HMac(new SHA256Digest());
    private final byte[] k = new byte[SIZE];
    private final byte[] v = new byte[SIZE];
    private boolean started;

    /**
     * @param secret the 32-byte private key
     * @param digest the 32-byte message digest (reduced mod n here, as bits2octets requires)
     * @param extra  32 bytes of additional data
     */
    DeterministicNonces(byte[] secret, byte[] digest, byte[] extra) {
        byte[] reducedDigest = reduce(digest);
        Arrays.fill(v, (byte) 0x01);
        hmac.init(new KeyParameter(k)); // k starts as 32 zero bytes
        rekey((byte) 0x00, secret, reducedDigest, extra);
        advanceV();
        rekey((byte) 0x01, secret, reducedDigest, extra);
        advanceV();
    }

    /** The next candidate nonce in [1, n-1]; candidates outside that range are skipped, as RFC 6979 says. */
    BigInteger next() {
        while (true) {
            if (started) {
                // RFC 6979 step 3.2.h.3: a further candidate needs a fresh key
                rekey((byte) 0x00);
                advanceV();
            }
            started = true;
            advanceV();
            BigInteger candidate = new BigInteger(1, v);
            if (candidate.signum() > 0 && candidate.compareTo(Secp256k1.N) < 0) {
                return candidate;
            }
        }
    }

    void wipe() {
        Arrays.fill(k, (byte) 0);
        Arrays.fill(v, (byte) 0);
        hmac.init(new KeyParameter(k)); // drops the key schedule of the last k
    }

    /** k = HMAC_k(v ‖ separator ‖ parts), and the MAC is keyed with the new k. */
    private void rekey(byte separator, byte[]... parts) {
        hmac.update(v, 0, SIZE);
        hmac.update(separator);
        for (byte[] part : parts) {
            hmac.update(part, 0, part.length);
        }
        hmac.doFinal(k, 0);
        hmac.init(new KeyParameter(k));
    }

    /** v = HMAC_k(v); Bouncy Castle's HMac stays keyed after doFinal, so no re-init is needed. */
    private void advanceV() {
        hmac.update(v, 0, SIZE);
        hmac.doFinal(v, 0);
    }

    private static byte[] reduce(byte[] digest) {
        BigInteger h = new BigInteger(1, digest);
        if (h.compareTo(Secp256k1.N) < 0) {
            return digest;
        }
        return Secp256k1.toBytes32(h.subtract(Secp256k1.N));
    }
}
