package org.steemdesk.keystore.login;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns secret text into bytes without ever making a String of it. */
public final class SecretText {
    /** What JavaScript's Buffer.from(text, "utf8") writes for a lone surrogate, so seeds match steem-js/dsteem. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private SecretText() {}

    /** UTF-8 bytes of the chars; the caller must wipe the result. The one intermediate buffer is wiped here. */
    public static byte[] utf8(char[] text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        // Sized for the worst case up front: a growing buffer would leave unwiped copies behind.
        byte[] out = new byte[Math.max(REPLACEMENT.length, text.length * 3)];
        ByteBuffer buffer = ByteBuffer.wrap(out);
        CoderResult result = encoder.encode(CharBuffer.wrap(text), buffer, true);
        if (result.isOverflow() || encoder.flush(buffer).isOverflow()) {
            Arrays.fill(out, (byte) 0);
            throw new IllegalStateException("UTF-8 needs at most 3 bytes per char");
        }
        byte[] bytes = Arrays.copyOf(out, buffer.position());
        Arrays.fill(out, (byte) 0);
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
