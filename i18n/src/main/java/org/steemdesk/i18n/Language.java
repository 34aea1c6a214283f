package org.steemdesk.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * The system's language: the JVM's display locale, or else the POSIX locale variables, which the JVM ignores
     * when that locale is not installed (LANG=ko_KR.UTF-8 on a machine without it still means a Korean reader).
     */
    public static Language systemDefault() {
        Language jvm = fromLocale(Locale.getDefault(Locale.Category.DISPLAY));
        return jvm == KOREAN ? KOREAN : fromEnvironment(System.getenv());
    }

    /** Korean when the first set of LC_ALL, LC_MESSAGES and LANG (POSIX's order) names Korean; else English. */
    static Language fromEnvironment(Map<String, String> env) {
        return Stream.of("LC_ALL", "LC_MESSAGES", "LANG").map(env::get).filter(v -> v != null && !v.isBlank())
                .findFirst().filter(v -> v.toLowerCase(Locale.ROOT).startsWith("ko")).map(v -> KOREAN).orElse(ENGLISH);
    }
}
