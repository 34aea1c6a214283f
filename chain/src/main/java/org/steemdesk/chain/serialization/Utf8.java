package org.steemdesk.chain.serialization;

/**
 * Strict UTF-8 for text that gets signed. Unlike {@code String.getBytes(UTF_8)}, which silently writes '?' for a
 * lone surrogate, these methods refuse such text, so the signed bytes are always the text that was shown.
 */
public final class Utf8 {
    private Utf8() {}

    /** The number of UTF-8 bytes of {@code text}; throws IllegalArgumentException on a lone surrogate. */
    public static int encodedLength(CharSequence text) {
        int length = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("text contains a lone UTF-16 surrogate at index " + i
                        + " (not valid Unicode, cannot be signed)");
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** Encodes well-formed text (checked by {@link #encodedLength}) at {@code offset}; returns the new offset. */
    static int encode(String text, byte[] out, int offset) {
        int p = offset;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[p++] = (byte) (0xF0 | (cp >> 18));
                out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[p++] = (byte) (0xE0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }
}
