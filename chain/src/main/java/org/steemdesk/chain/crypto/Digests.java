package org.steemdesk.chain.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/** The hash functions of the Steem protocol, as one-shot calls. */
public final class Digests {
    private Digests() {}

    /** The JDK's SHA-256, a HotSpot intrinsic: it hashes every transaction and every signing nonce. */
    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    public static byte[] doubleSha256(byte[] data) {
        return sha256(sha256(data));
    }

    public static byte[] sha512(byte[]... parts) {
        return run(new SHA512Digest(), parts);
    }

    public static byte[] ripemd160(byte[] data) {
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
