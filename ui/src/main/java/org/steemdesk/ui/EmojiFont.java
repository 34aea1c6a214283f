package org.steemdesk.ui;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;

/**
 * Whether emoji (🍜, ☕ in #kr titles, bodies and memos) can be drawn. JavaFX draws no colour emoji font (CBDT,
 * COLR or SVG glyphs, such as Debian's {@code fonts-noto-color-emoji}); it falls back, glyph by glyph, to the
 * outline fonts fontconfig knows. A font loaded by the app itself ({@code Font.loadFont}) is not among them (tried:
 * the emoji stayed boxes), so a monochrome emoji font must be installed: Symbola (Debian {@code fonts-symbola},
 * which the .deb depends on) or Noto Emoji's outline font.
 */
public final class EmojiFont {
    public static final String PACKAGE = "fonts-symbola";
    /** Outline emoji fonts JavaFX can fall back to, by their fontconfig family names. */
    static final List<String> MONOCHROME = List.of("Symbola", "Noto Emoji", "OpenMoji Black");

    /** The user has read the notice about the missing font: it is not shown again in this run. */
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private EmojiFont() {
    }

    /** Whether an outline emoji font is installed (the fonts JavaFX knows; call on the FX thread). */
    public static boolean installed() {
        return among(Font.getFamilies());
    }

    static boolean among(Collection<String> families) {
        return families.stream().anyMatch(MONOCHROME::contains);
    }

    /** Whether to tell the user the font is missing: it is, and they have not dismissed the notice in this run. */
    public static boolean toTell() {
        return !TOLD.get() && !installed();
    }

    public static void told() {
        TOLD.set(true);
    }
}
