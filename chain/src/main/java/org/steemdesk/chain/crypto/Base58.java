package org.steemdesk.chain.crypto;

import java.util.Arrays;

/**
 * Bitcoin's base58 alphabet, which Steem uses for keys and memos.
 * Written here rather than pulled in: the only Maven Central candidates drag in a whole
 * Bitcoin library for thirty lines of code.
 */
public final class Base58 {
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {}

    public static String encode(byte[] input) {
        return new String(encodeToChars(input));
    }

    /** Encodes into a char array, so that a secret can be wiped by its caller. */
    public static char[] encodeToChars(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        // Work on a copy so the caller's bytes are untouched; digit extraction by long division.
        byte[] number = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2];
        int out = encoded.length;
        int start = zeros;
        while (start < number.length) {
            int remainder = 0;
            for (int i = start; i < number.length; i++) {
                int value = (remainder << 8) | (number[i] & 0xff);
                number[i] = (byte) (value / 58);
                remainder = value % 58;
            }
            encoded[--out] = ALPHABET[remainder];
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        Arrays.fill(number, (byte) 0);
        while (zeros-- > 0) {
            encoded[--out] = ALPHABET[0];
        }
        char[] result = Arrays.copyOfRange(encoded, out, encoded.length);
        Arrays.fill(encoded, '\0');
        return result;
    }

    public static byte[] decode(CharSequence input) {
        int zeros = 0;
        while (zeros < input.length() && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        int[] digits = new int[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("invalid base58 character at position " + i);
            }
            digits[i] = digit;
        }
        int start = zeros;
        while (start < digits.length) {
            int remainder = 0;
            for (int i = start; i < digits.length; i++) {
                int value = remainder * 58 + digits[i];
                digits[i] = value / 256;
                remainder = value % 256;
            }
            decoded[--out] = (byte) remainder;
            while (start < digits.length && digits[start] == 0) {
                start++;
            }
        }
        byte[] result = new byte[zeros + decoded.length - out];
        System.arraycopy(decoded, out, result, zeros, decoded.length - out);
        Arrays.fill(decoded, (byte) 0);
        Arrays.fill(digits, 0);
        return result;
    }

}
