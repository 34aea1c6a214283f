package org.steemdesk.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The languages Steemdesk speaks. */
public enum Language {
    KOREAN(Locale.KOREAN),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The short tag used on the command line and in settings: {@code ko} or {@code en}. */
    public String tag() {
        return locale.getLanguage();
    }

    /** Parses {@code ko} or {@code en} (case-insensitive). */
    public static Language fromTag(String tag) {
        return Arrays.stream(values())
                .filter(l -> l.tag().equalsIgnoreCase(tag.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown language '" + tag + "': expected ko or en"));
    }

    /** Korean for any Korean locale; English for everything else, since it is the more widely read fallback. */
    public static Language fromLocale(Locale locale) {
        return KOREAN.tag().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    public static Language systemDefault() {
        return fromLocale(Locale.getDefault(Locale.Category.DISPLAY));
    }
}
