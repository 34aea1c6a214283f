package org.steemdesk.cli;

import java.io.Serial;
import java.util.Arrays;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * A mistake of the user's a command reports (a bad value, a missing file, nothing to cancel), thrown where no
 * {@link Messages} is at hand: it carries its bundle key and arguments, and {@link ErrorReporter} says it in the
 * user's language. Its own message is the English text, for anything that prints it unchanged.
 */
final class CliError extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    CliError(String key, Object... args) {
        super(new Messages(Language.ENGLISH).get(key, args));
        this.key = key;
        this.args = Arrays.copyOf(args, args.length);
    }

    /** The text in the given language. */
    String describe(Messages messages) {
        return messages.get(key, args);
    }
}
