package org.steemdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The user-visible texts of one language. */
public final class Messages {
    public static final String BUNDLE = "org.steemdesk.i18n.messages";

    // Without this, asking for English on a Korean system would fall back to messages_ko (the default locale).
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    public Messages(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(language), Messages.class.getClassLoader(),
                NO_FALLBACK);
    }

    // English is the base bundle (messages.properties), so it is looked up with the root locale.
    private static Locale bundleLocale(Language language) {
        return language == Language.ENGLISH ? Locale.ROOT : language.locale();
    }

    public Language language() {
        return language;
    }

    /** The bundle itself, for FXMLLoader's {@code %key} references. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key}, with {@code args} filled in by {@link MessageFormat} in this language's locale.
     *
     * @throws java.util.MissingResourceException if the key is not in the bundle: a missing text is a bug, and the
     *                                            consistency test is there to catch it before a user does
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, language.locale()).format(args);
    }
}
