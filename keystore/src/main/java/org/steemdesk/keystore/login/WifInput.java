package org.steemdesk.keystore.login;

import java.nio.CharBuffer;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/** Reads a private key typed or pasted by the user, and says what it is when it is not a WIF. */
public final class WifInput {
    private WifInput() {}

    /**
     * Parses a WIF (surrounding white space ignored). The caller still owns and wipes the chars.
     *
     * @throws KeystoreException EMPTY_PASSWORD, PASSWORD_GIVEN_AS_WIF (a Steemit {@code P5…} master password),
     *     PUBLIC_KEY_GIVEN_AS_WIF, or NOT_A_WIF
     */
    public static PrivateKey parse(char[] text) {
        if (SecretText.isBlank(text)) {
            throw new KeystoreException(Reason.EMPTY_PASSWORD, "no private key was given");
        }
        CharBuffer chars = CharBuffer.wrap(text);
        try {
            return PrivateKey.fromWif(chars);
        } catch (IllegalArgumentException notWif) {
            Reason reason = classify(chars);
            throw new KeystoreException(reason, describe(reason));
        }
    }

    private static Reason classify(CharBuffer text) {
        CharSequence trimmed = trim(text);
        // Steemit's generated master passwords are "P" followed by a WIF.
        if (trimmed.length() > 1 && trimmed.charAt(0) == 'P'
                && PrivateKey.looksLikeWif(trimmed.subSequence(1, trimmed.length()))) {
            return Reason.PASSWORD_GIVEN_AS_WIF;
        }
        // Only text shaped like a public key becomes a String: anything else may be a secret.
        if (trimmed.length() >= 50 && trimmed.length() <= 56
                && PublicKey.DEFAULT_PREFIX.contentEquals(trimmed.subSequence(0, 3)) && isPublicKey(trimmed.toString())) {
            return Reason.PUBLIC_KEY_GIVEN_AS_WIF;
        }
        return Reason.NOT_A_WIF;
    }

    private static boolean isPublicKey(String text) {
        try {
            PublicKey.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case PASSWORD_GIVEN_AS_WIF -> "this is a Steemit master password, not a private key; log in with it instead";
            case PUBLIC_KEY_GIVEN_AS_WIF -> "this is a public key (STM…); the private key starts with 5";
            default -> "not a WIF private key (51 characters starting with 5, with a valid checksum)";
        };
    }

    private static CharSequence trim(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end);
    }
}
