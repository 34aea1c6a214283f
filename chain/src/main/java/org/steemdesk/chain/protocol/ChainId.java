package org.steemdesk.chain.protocol;

import java.util.Arrays;
import java.util.HexFormat;

/** The 32-byte chain id that prefixes every signing digest. Steem's mainnet id is all zeros. */
public final class ChainId {
    public static final ChainId MAINNET = new ChainId(new byte[32]);

    private final byte[] bytes;

    private ChainId(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ChainId fromHex(String hex) {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chain id is not hex: " + hex, e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("chain id must be 64 hex digits, got " + hex.strip().length());
        }
        return new ChainId(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainId other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
