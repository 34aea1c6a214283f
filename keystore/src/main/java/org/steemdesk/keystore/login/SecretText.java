package org.steemdesk.keystore.login;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns secret text into bytes without ever making a String of it. */
public final class SecretText {
    /** What JavaScript's Buffer.from(text, "utf8") writes for a lone surrogate, so seeds match steem-js/dsteem. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private SecretText() {}

    /** UTF-8 bytes of the chars; the caller must wipe the result. Intermediate buffers are wiped here. */
    public static byte[] utf8(char[] text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 encoding with replacement cannot fail", e);
        }
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    /** Whether the text is empty or only white space. */
    public static boolean isBlank(char[] text) {
        for (char c : text) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
