package org.steemdesk.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.text.Font;

/**
 * A font that can show Hangul. JavaFX on Linux does not fall back to the Noto CJK collections (TTC), so without
 * an installed TrueType Korean font Hangul shows as boxes; NanumGothic (Debian package {@code fonts-nanum}) works.
 */
public record KoreanFont(Optional<String> family) {
    public static final String PACKAGE = "fonts-nanum";
    private static final String NANUM_GOTHIC = "NanumGothic";
    private static final Path NANUM_DIR = Path.of("/usr/share/fonts/truetype/nanum");

    public KoreanFont {
        Objects.requireNonNull(family, "family");
    }

    /** Looks among the fonts JavaFX knows, then loads NanumGothic from its Debian location. */
    public static KoreanFont locate() {
        if (Font.getFamilies().contains(NANUM_GOTHIC)) {
            return new KoreanFont(Optional.of(NANUM_GOTHIC));
        }
        return new KoreanFont(loadFrom(NANUM_DIR.resolve("NanumGothic.ttf")).or(KoreanFont::loadAnyNanum));
    }

    private static Optional<String> loadAnyNanum() {
        if (!Files.isDirectory(NANUM_DIR)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(NANUM_DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ttf"))
                    .sorted()
                    .map(KoreanFont::loadFrom)
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> loadFrom(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Font font = Font.loadFont(file.toUri().toString(), Font.getDefault().getSize());
        return font == null ? Optional.empty() : Optional.of(font.getFamily());
    }

    public boolean available() {
        return family.isPresent();
    }

    /**
     * A stylesheet that uses the Korean font: for the whole window when the language is Korean, otherwise only for
     * nodes styled {@code korean-text} (such as the 한국어 choice in the settings).
     */
    public Optional<String> stylesheet(boolean wholeWindow) {
        return family.map(f -> {
            String selector = wholeWindow ? ".root, .korean-text" : ".korean-text";
            String css = selector + " { -fx-font-family: \"" + f + "\"; }";
            return "data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        });
    }
}
