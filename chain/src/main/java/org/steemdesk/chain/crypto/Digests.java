package org.steemdesk.chain.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/** The hash functions of the Steem protocol, as one-shot calls. */
public final class Digests {
    private Digests() {}

    public static byte[] sha256(byte[]... parts) {
        return run(new SHA256Digest(), parts);
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
