package org.steemdesk.chain.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/** A compact secp256k1 signature as steemd takes it: 65 bytes {@code [i][r(32)][s(32)]}, with i = 27 + 4 + recid. */
public final class Signature {
    public static final int SIZE = 65;

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
