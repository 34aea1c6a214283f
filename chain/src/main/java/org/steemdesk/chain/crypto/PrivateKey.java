package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secp256k1 secret. Kept as bytes so it can be wiped with {@link #destroy()};
 * {@link #toString()} never shows it.
 */
public final class PrivateKey implements Destroyable {
    private static final byte WIF_VERSION = (byte) 0x80;
    private static final int SIZE = 32;

    private final byte[] secret;
    private volatile PublicKey publicKey;
    private volatile boolean destroyed;

    private PrivateKey(byte[] secret) {
        BigInteger d = new BigInteger(1, secret);
        if (d.signum() == 0 || d.compareTo(Secp256k1.N) >= 0) {
            Arrays.fill(secret, (byte) 0);
            throw new IllegalArgumentException("not a valid private key: out of the curve's range");
        }
        this.secret = secret;
    }

    /** Copies the 32 bytes; the caller may wipe its own array afterwards. */
    public static PrivateKey fromBytes(byte[] secret) {
        if (secret.length != SIZE) {
            throw new IllegalArgumentException("a private key has 32 bytes, got " + secret.length);
        }
        return new PrivateKey(secret.clone());
    }

    /**
     * Parses a WIF (base58 of 0x80 ‖ secret ‖ double-SHA-256 checksum). Pass a {@code CharBuffer.wrap(chars)}
     * to keep the secret out of Strings.
     */
    public static PrivateKey fromWif(CharSequence wif) {
        byte[] raw;
        try {
            raw = Base58.decode(trim(wif));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a WIF private key: it contains characters base58 does not use");
        }
        try {
            if (raw.length != 1 + SIZE + 4 || raw[0] != WIF_VERSION) {
                throw new IllegalArgumentException("not a WIF private key: wrong length or version byte");
            }
            byte[] payload = Arrays.copyOf(raw, 1 + SIZE);
            byte[] check = Digests.doubleSha256(payload);
            Arrays.fill(payload, (byte) 0);
            if (!Arrays.equals(Arrays.copyOf(check, 4), Arrays.copyOfRange(raw, 1 + SIZE, raw.length))) {
                throw new IllegalArgumentException("not a WIF private key: checksum mismatch (a typo?)");
            }
            return new PrivateKey(Arrays.copyOfRange(raw, 1, 1 + SIZE));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Whether the text has the shape of a WIF with a valid checksum; used to catch keys pasted in the wrong place. */
    public static boolean looksLikeWif(CharSequence text) {
        try {
            fromWif(text).destroy();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Steemit's login derivation: sha256(account ‖ role ‖ password), with no trimming. */
    public static PrivateKey fromSeed(byte[] seed) {
        return new PrivateKey(Digests.sha256(seed));
    }

    /** The WIF form, as chars the caller must wipe. */
    public char[] toWif() {
        checkAlive();
        byte[] payload = new byte[1 + SIZE + 4];
        payload[0] = WIF_VERSION;
        System.arraycopy(secret, 0, payload, 1, SIZE);
        byte[] check = Digests.doubleSha256(Arrays.copyOf(payload, 1 + SIZE));
        System.arraycopy(check, 0, payload, 1 + SIZE, 4);
        try {
            return Base58.encodeToChars(payload);
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    /** A copy of the secret bytes; the caller must wipe it. */
    public byte[] bytes() {
        checkAlive();
        return secret.clone();
    }

    public BigInteger scalar() {
        checkAlive();
        return new BigInteger(1, secret);
    }

    public PublicKey publicKey() {
        PublicKey key = publicKey;
        if (key == null) {
            checkAlive();
            key = PublicKey.ofComputed(Secp256k1.compress(Secp256k1.arithmetic().multiplyG(secret)));
            publicKey = key;
        }
        return key;
    }

    /**
     * Signs a 32-byte digest with a deterministic nonce so that the result is canonical for steemd and equal,
     * byte for byte, to what dsteem produces for the same key and digest.
     */
    public Signature sign(byte[] digest32) {
        checkAlive();
        return Ecdsa.sign(secret, digest32);
    }

    /**
     * The x coordinate of other·d as 32 bytes, leading zeros kept: the ECDH secret behind Steem memos.
     * steem-js strips those zeros before hashing; callers that must read its memos handle that.
     */
    public byte[] sharedSecretX(PublicKey other) {
        checkAlive();
        if (other.isNullKey()) {
            throw new IllegalArgumentException("no shared secret with the null public key");
        }
        BigInteger d = new BigInteger(1, secret);
        ECPoint shared = other.point().multiply(d).normalize();
        return shared.getAffineXCoord().getEncoded();
    }

    @Override
    public void destroy() {
        Arrays.fill(secret, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void checkAlive() {
        if (destroyed) {
            throw new IllegalStateException("this private key was wiped");
        }
    }

    /** Strips surrounding white space without copying the secret into a String. */
    private static CharSequence trim(CharSequence wif) {
        int start = 0;
        int end = wif.length();
        while (start < end && Character.isWhitespace(wif.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(wif.charAt(end - 1))) {
            end--;
        }
        return wif.subSequence(start, end);
    }

    @Override
    public String toString() {
        return "PrivateKey[redacted]";
    }
}
