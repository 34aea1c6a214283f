package org.steemdesk.chain.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secp256k1 public key in Steem's text form: {@code STM} + base58(compressed point ‖ ripemd160(point)[0..4)).
 */
public final class PublicKey {
    public static final String DEFAULT_PREFIX = "STM";
    private static final int COMPRESSED_SIZE = 33;
    private static final int CHECKSUM_SIZE = 4;

    private final byte[] compressed;
    private final String prefix;
    /** Decoding takes a square root; verification of many signatures by one key should pay for it once. */
    private volatile ECPoint point;

    private PublicKey(byte[] compressed, String prefix) {
        this.compressed = compressed;
        this.prefix = prefix;
    }

    /** Wraps a 33-byte compressed point; the all-zero "null key" is allowed, as steemd allows it. */
    public static PublicKey fromCompressed(byte[] compressed) {
        if (compressed.length != COMPRESSED_SIZE) {
            throw new IllegalArgumentException("a compressed public key has 33 bytes, got " + compressed.length);
        }
        byte[] copy = compressed.clone();
        if (!isNull(copy)) {
            Secp256k1.decodePoint(copy); // throws IllegalArgumentException when the point is not on the curve
        }
        return new PublicKey(copy, DEFAULT_PREFIX);
    }

    /** A compressed point this code computed itself (d·G), so it needs no check that it lies on the curve. */
    static PublicKey ofComputed(byte[] compressed) {
        return new PublicKey(compressed, DEFAULT_PREFIX);
    }

    public static PublicKey fromPoint(ECPoint point) {
        if (point.isInfinity()) {
            throw new IllegalArgumentException("the point at infinity is not a public key");
        }
        PublicKey key = new PublicKey(point.getEncoded(true), DEFAULT_PREFIX);
        key.point = point;
        return key;
    }

    /** Parses {@code STM…} (or another 3-letter prefix, as testnets use). */
    public static PublicKey fromString(String text) {
        if (text == null || text.length() < 4) {
            throw new IllegalArgumentException("not a public key: too short");
        }
        String prefix = text.substring(0, 3);
        if (!prefix.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("not a public key: it must start with a prefix such as STM");
        }
        byte[] raw;
        try {
            raw = Base58.decode(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a public key: " + e.getMessage(), e);
        }
        if (raw.length != COMPRESSED_SIZE + CHECKSUM_SIZE) {
            throw new IllegalArgumentException("not a public key: wrong length");
        }
        byte[] point = Arrays.copyOf(raw, COMPRESSED_SIZE);
        byte[] checksum = Arrays.copyOf(Digests.ripemd160(point), CHECKSUM_SIZE);
        if (!Arrays.equals(checksum, Arrays.copyOfRange(raw, COMPRESSED_SIZE, raw.length))) {
            throw new IllegalArgumentException("not a public key: checksum mismatch (a typo?)");
        }
        if (!isNull(point)) {
            try {
                Secp256k1.decodePoint(point);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a public key: the point is not on secp256k1", e);
            }
        }
        return new PublicKey(point, prefix);
    }

    public byte[] compressed() {
        return compressed.clone();
    }

    /** The curve point; the null key has none. */
    public ECPoint point() {
        ECPoint decoded = point;
        if (decoded == null) {
            if (isNull(compressed)) {
                throw new IllegalStateException("the null public key is not a curve point");
            }
            decoded = Secp256k1.decodePoint(compressed);
            point = decoded;
        }
        return decoded;
    }

    /**
     * Whether this key made the signature over the digest, judged as steemd judges it: the key recovered with the
     * signature's recovery id must be this one. Canonical form is a separate question ({@link Signature#isCanonical()}).
     */
    public boolean verify(byte[] digest32, Signature signature) {
        Ecdsa.requireDigest(digest32);
        if (isNullKey()) {
            return false;
        }
        try {
            return equals(signature.recoverPublicKey(digest32));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isNullKey() {
        return isNull(compressed);
    }

    public String prefix() {
        return prefix;
    }

    public String toHex() {
        return HexFormat.of().formatHex(compressed);
    }

    private static boolean isNull(byte[] key) {
        for (byte b : key) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        byte[] raw = Arrays.copyOf(compressed, COMPRESSED_SIZE + CHECKSUM_SIZE);
        System.arraycopy(Digests.ripemd160(compressed), 0, raw, COMPRESSED_SIZE, CHECKSUM_SIZE);
        return prefix + Base58.encode(raw);
    }

    /** Two keys are equal when their points are; the prefix is only presentation. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && Arrays.equals(compressed, other.compressed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(compressed);
    }
}
