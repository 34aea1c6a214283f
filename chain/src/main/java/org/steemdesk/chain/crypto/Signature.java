package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/** A compact secp256k1 signature as steemd takes it: 65 bytes {@code [i][r(32)][s(32)]}, with i = 27 + 4 + recid. */
public final class Signature {
    public static final int SIZE = 65;
    /** Signers write 27 + 4 (compressed key) + recovery id. */
    private static final int COMPRESSED_HEADER = 31;
    private static final int PART = 32;

    private final byte[] bytes;

    private Signature(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Signature fromBytes(byte[] compact) {
        if (compact.length != SIZE) {
            throw new IllegalArgumentException("a compact signature has 65 bytes, got " + compact.length);
        }
        int header = compact[0] & 0xff;
        if (header < 27 || header > 34) {
            throw new IllegalArgumentException("signature header byte must be in 27..34, got " + header);
        }
        return new Signature(compact.clone());
    }

    static Signature of(int recoveryId, BigInteger r, BigInteger s) {
        byte[] compact = new byte[SIZE];
        compact[0] = (byte) (COMPRESSED_HEADER + recoveryId);
        System.arraycopy(Secp256k1.toBytes32(r), 0, compact, 1, PART);
        System.arraycopy(Secp256k1.toBytes32(s), 0, compact, 1 + PART, PART);
        return new Signature(compact);
    }

    public static Signature fromHex(String hex) {
        try {
            return fromBytes(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a signature: " + e.getMessage(), e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The recovery id 0..3, as steemd derives it: {@code (i - 27) & 3}. */
    public int recoveryId() {
        return ((bytes[0] & 0xff) - 27) & 3;
    }

    BigInteger r() {
        return new BigInteger(1, Arrays.copyOfRange(bytes, 1, 1 + PART));
    }

    BigInteger s() {
        return new BigInteger(1, Arrays.copyOfRange(bytes, 1 + PART, SIZE));
    }

    /**
     * The public key that made this signature over the digest (SEC 1 section 4.1.6), as steemd finds signers.
     *
     * @throws IllegalArgumentException when r or s is out of range or no key fits the recovery id
     */
    public PublicKey recoverPublicKey(byte[] digest32) {
        return Ecdsa.recover(this, digest32);
    }

    /** Canonical under both of steemd's rules: low S (bip_0062, since HF20) and fc's 32-byte DER rule. */
    public boolean isCanonical() {
        return isLowS() && isFcCanonical();
    }

    /** s ≤ n/2, the bip_0062 rule steemd checks since HF20. */
    public boolean isLowS() {
        return s().compareTo(Secp256k1.HALF_N) <= 0;
    }

    /** r and s each encode in DER as exactly 32 bytes: no sign padding and no leading zero byte. */
    public boolean isFcCanonical() {
        return isFcCanonical(r()) && isFcCanonical(s());
    }

    /**
     * fc's {@code !(b[0] & 0x80) && !(b[0] == 0 && !(b[1] & 0x80))} on the 32-byte big-endian value says the value
     * needs 248 to 255 bits.
     */
    static boolean isFcCanonical(BigInteger value) {
        int bits = value.bitLength();
        return bits >= 248 && bits <= 255;
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
