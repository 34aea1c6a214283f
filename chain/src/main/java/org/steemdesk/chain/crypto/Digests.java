package org.steemdesk.chain.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/** The hash functions of the Steem protocol, as one-shot calls. */
public final class Digests {
    /**
     * The JDK's SHA-256, a HotSpot intrinsic: it hashes every transaction (the signing nonces' HMACs run on
     * {@link Sha256Blocks}). Copied rather than looked up for each hash: {@code MessageDigest.getInstance} searches
     * the providers each time, which cost more than hashing a transaction.
     */
    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private Digests() {}

    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = fresh();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    public static byte[] doubleSha256(byte[] data) {
        return sha256(sha256(data));
    }

    public static byte[] sha512(byte[]... parts) {
        return BouncyCastle.sha512(parts);
    }

    public static byte[] ripemd160(byte[] data) {
        return BouncyCastle.ripemd160(data);
    }

    /** A fresh SHA-256, copied from the shared one, which is only read, so threads may share it. */
    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 cannot be copied", e);
        }
    }

    /** The digests the JDK lacks, apart so that hashing with SHA-256 alone never loads Bouncy Castle. */
    private static final class BouncyCastle {
        static byte[] sha512(byte[]... parts) {
            return run(new SHA512Digest(), parts);
        }

        static byte[] ripemd160(byte[] data) {
            return run(new RIPEMD160Digest(), data);
        }

        private static byte[] run(Digest digest, byte[]... parts) {
            for (byte[] part : parts) {
                digest.update(part, 0, part.length);
            }
            byte[] out = new byte[digest.getDigestSize()];
            digest.doFinal(out, 0);
            return out;
        }
    }
}
