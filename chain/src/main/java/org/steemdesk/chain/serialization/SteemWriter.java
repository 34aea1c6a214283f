package org.steemdesk.chain.serialization;

import java.time.Instant;
import java.util.Arrays;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;

/**
 * Writes steemd's binary encoding (fc::raw) into a growable buffer: little-endian integers, LEB128 varints,
 * length-prefixed UTF-8 strings and the legacy asset layout. Not thread-safe; one writer per serialization.
 */
public final class SteemWriter {
    private static final int SYMBOL_BYTES = 7;

    private byte[] buffer;
    private int size;

    public SteemWriter() {
        this(256);
    }

    public SteemWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    public SteemWriter uint8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public SteemWriter bool(boolean value) {
        return uint8(value ? 1 : 0);
    }

    public SteemWriter int16(int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("value does not fit int16: " + value);
        }
        return little(value, 2);
    }

    public SteemWriter uint16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("value does not fit uint16: " + value);
        }
        return little(value, 2);
    }

    public SteemWriter uint32(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("value does not fit uint32: " + value);
        }
        return little(value, 4);
    }

    public SteemWriter int64(long value) {
        return little(value, 8);
    }

    /** An unsigned LEB128 varint of at most 32 bits, as fc's {@code unsigned_int}. */
    public SteemWriter varint32(int value) {
        ensure(5);
        int v = value;
        while ((v & ~0x7F) != 0) {
            buffer[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[size++] = (byte) v;
        return this;
    }

    /**
     * A varint byte length followed by the UTF-8 bytes. A lone UTF-16 surrogate is an error: the JS libraries
     * would sign U+FFFD and Java's encoder a '?', so the bytes would not be the text the user saw.
     */
    public SteemWriter string(String text) {
        int length = Utf8.encodedLength(text);
        varint32(length);
        ensure(length);
        size = Utf8.encode(text, buffer, size);
        return this;
    }

    public SteemWriter account(AccountName name) {
        return string(name.value());
    }

    public SteemWriter bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, buffer, size, data.length);
        size += data.length;
        return this;
    }

    /** Unix seconds as uint32, fc's {@code time_point_sec}. */
    public SteemWriter timePointSec(Instant time) {
        if (time.getNano() != 0) {
            throw new IllegalArgumentException("time_point_sec needs whole seconds: " + time);
        }
        return uint32(time.getEpochSecond());
    }

    /** The legacy asset: int64 amount, uint8 precision, symbol in 7 zero-padded ASCII bytes. */
    public SteemWriter asset(Asset asset) {
        int64(asset.amount());
        uint8(asset.precision());
        String symbol = asset.symbol().name();
        ensure(SYMBOL_BYTES);
        for (int i = 0; i < SYMBOL_BYTES; i++) {
            buffer[size++] = i < symbol.length() ? (byte) symbol.charAt(i) : 0;
        }
        return this;
    }

    /** The 33-byte compressed point; the all-zero null key is written as zeros. */
    public SteemWriter publicKey(PublicKey key) {
        return bytes(key.compressed());
    }

    private SteemWriter little(long value, int count) {
        ensure(count);
        for (int i = 0; i < count; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
