package org.steemdesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.i18n.Language;

/**
 * The global options the desktop client reads itself. Only {@code --lang} for now; {@code --node} and
 * {@code --data-dir} belong to the services and are left in the argument list for them.
 */
public record LaunchOptions(Optional<Language> language) {
    private static final String LANG = "--lang";

    public LaunchOptions {
        Objects.requireNonNull(language, "language");
    }

    public static LaunchOptions parse(List<String> args) {
        Optional<Language> language = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(LANG)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--lang needs a value: ko or en");
                }
                language = Optional.of(Language.fromTag(args.get(++i)));
            } else if (arg.startsWith(LANG + "=")) {
                language = Optional.of(Language.fromTag(arg.substring(LANG.length() + 1)));
            }
        }
        return new LaunchOptions(language);
    }
}
