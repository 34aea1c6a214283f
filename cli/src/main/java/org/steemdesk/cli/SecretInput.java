package org.steemdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.steemdesk.chain.crypto.PrivateKey;

/**
 * Reads secrets from files, stdin or the console, never from arguments, and never through a String:
 * bytes and chars are wiped as soon as the secret has been turned into what the caller needs.
 */
final class SecretInput {
    private SecretInput() {}

    /** Reads a WIF private key from a file (surrounding white space, such as a final newline, is ignored). */
    static PrivateKey readWif(Path file) {
        char[] chars = readFile(file, "key file");
        try {
            return PrivateKey.fromWif(CharBuffer.wrap(chars));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Reads the key in a WIF file, lets {@code use} have it, and wipes it whatever happens. */
    static <T> T withWif(Path file, Function<PrivateKey, T> use) {
        PrivateKey key = readWif(file);
        try {
            return use.apply(key);
        } finally {
            key.destroy();
        }
    }

    /** The whole file as chars, with a trailing line break removed. */
    static char[] readFile(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(what + " not found: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
        try {
            return stripLineBreak(decode(bytes, what + " " + file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The first line of a stream, e.g. a password piped to {@code --password-stdin}. */
    static char[] readLine(InputStream in, String what) {
        byte[] buffer = new byte[256];
        int length = 0;
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length == buffer.length) {
                    byte[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(buffer, (byte) 0);
                    buffer = bigger;
                }
                buffer[length++] = (byte) b;
            }
            return stripLineBreak(decode(Arrays.copyOf(buffer, length), what));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + ": " + e.getMessage());
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private static char[] decode(byte[] bytes, String what) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] result = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] stripLineBreak(char[] chars) {
        int end = chars.length;
        while (end > 0 && (chars[end - 1] == '\n' || chars[end - 1] == '\r')) {
            end--;
        }
        if (end == chars.length) {
            return chars;
        }
        char[] result = Arrays.copyOf(chars, end);
        Arrays.fill(chars, '\0');
        return result;
    }
}
