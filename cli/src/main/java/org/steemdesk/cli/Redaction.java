package org.steemdesk.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets typed by mistake out of what the CLI prints: a private key in WIF, a Steemit master password
 * ({@code P5…}), and the value given to an option whose name says it is secret ({@code --password hunter2},
 * {@code --wif=…}), which picocli quotes back when it does not know the option. Applied to every error line and to
 * {@code --debug} stack traces.
 */
final class Redaction {
    static final String MASK = "[secret removed]";

    private static final String BASE58 = "1-9A-HJ-NP-Za-km-z";
    /**
     * An uncompressed WIF (5H/5J/5K, 51 characters, the form Steem uses), a compressed one (K/L, 52) or a Steemit
     * password ("P" + a WIF, and any other P5… word: the oracle's test passwords have that shape too).
     */
    private static final Pattern SECRET = Pattern.compile("(?<![" + BASE58 + "])(?:5[HJK][" + BASE58 + "]{49}|[KL]["
            + BASE58 + "]{51})(?![" + BASE58 + "])|(?<![\\w-])P5[^\\s'\",;:)\\]]{6,}");
    private static final Pattern SECRET_OPTION = Pattern.compile("--?[\\w-]*(?:pass|wif|secret|private|key)[\\w-]*",
            Pattern.CASE_INSENSITIVE);

    private Redaction() {
    }

    /** {@code text} with every WIF- or password-shaped word replaced. */
    static String redact(String text) {
        return text == null ? null : SECRET.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /**
     * {@code text} with secrets replaced, and also every argument of {@code args} that is the value of a secret-named
     * option ({@code --password X}, {@code --password=X}) or that follows one, whatever its shape.
     */
    static String redact(String text, String[] args) {
        String out = redact(text);
        if (out == null || args == null) {
            return out;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String option = equals > 0 ? arg.substring(0, equals) : arg;
            if (!isSecretOption(option)) {
                continue;
            }
            if (equals > 0 && equals < arg.length() - 1) {
                out = replaceWord(out, arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].isEmpty()) {
                out = replaceWord(out, args[i + 1]);
            }
        }
        return out;
    }

    /**
     * A long option whose name says its value is secret. A file holding one ({@code --wif-file}) is not, but a flag
     * such as {@code --password-stdin} is: a word typed after it is most likely the password itself.
     */
    private static boolean isSecretOption(String option) {
        return SECRET_OPTION.matcher(option).matches() && !option.toLowerCase(Locale.ROOT).endsWith("-file");
    }

    /** Replaces {@code word} where it stands on its own (picocli quotes it), never inside other words. */
    private static String replaceWord(String text, String word) {
        return Pattern.compile("(?<![\\w])" + Pattern.quote(word) + "(?![\\w])").matcher(text)
                .replaceAll(Matcher.quoteReplacement(MASK));
    }
}
