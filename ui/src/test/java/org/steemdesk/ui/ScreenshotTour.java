package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxToolkit;

/**
 * Writes a PNG of every page in both languages and both themes to {@code target/screenshots/}, for people to look
 * at. Not part of the normal test run: {@code mvn -pl ui -am test -Pscreenshots} under a display (Xvfb works),
 * with the real GTK glass rather than Monocle, so fonts render as users see them.
 */
class ScreenshotTour {
    private static final Path OUTPUT = Path.of("target/screenshots");

    @Test
    void photographEveryPage() throws Exception {
        Files.createDirectories(OUTPUT);
        Stage stage = FxToolkit.registerPrimaryStage();
        var status = new StatusModel();
        for (Theme theme : Theme.values()) {
            for (Language language : Language.values()) {
                var settings = new UiSettings(language, theme);
                FxToolkit.setupFixture(() -> {
                    new MainWindow(stage, settings, status, KoreanFont.locate());
                    stage.show();
                });
                for (Page page : Page.values()) {
                    FxToolkit.setupFixture(() -> settings.pageProperty().set(page));
                    var image = FxToolkit.setupFixture(() -> stage.getScene().snapshot(null));
                    var file = OUTPUT.resolve(String.format("%s-%s-%s.png", language.tag(),
                            page.name().toLowerCase(Locale.ROOT), theme.name().toLowerCase(Locale.ROOT)));
                    write(image, file);
                    assertThat(file).isNotEmptyFile();
                }
            }
        }
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
