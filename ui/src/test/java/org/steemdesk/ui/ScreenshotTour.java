package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.post.PostBodyPane;
import org.steemdesk.ui.post.PostHtml;
import org.steemdesk.ui.post.PostRenderer;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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
        for (Theme theme : Theme.values()) {
            for (Language language : Language.values()) {
                String suffix = language.tag() + "-%s-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
                try (var fresh = new TestDesktop(language, theme, KoreanFont.locate(), List.of(TestDesktop.NO_NODE))) {
                    show(stage, fresh);
                    FxToolkit.setupFixture(() -> fresh.settings.pageProperty().set(Page.KEYS));
                    photograph(stage, String.format(suffix, "keys-new"));
                }
                try (var desktop = new TestDesktop(language, theme, KoreanFont.locate(),
                        List.of(TestDesktop.NO_NODE), VaultFixtures::storeAlice)) {
                    desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get();
                    WaitForAsyncUtils.waitForFxEvents();
                    show(stage, desktop);
                    for (Page page : Page.values()) {
                        FxToolkit.setupFixture(() -> desktop.settings.pageProperty().set(page));
                        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // let the offline chain check finish
                        photograph(stage, String.format(suffix, page.name().toLowerCase(Locale.ROOT)));
                    }
                    desktop.session.lock().get();
                    FxToolkit.setupFixture(() -> desktop.settings.pageProperty().set(Page.KEYS));
                    photograph(stage, String.format(suffix, "keys-locked"));
                    FxToolkit.setupFixture(() -> stage.getScene().setRoot(new PostBodyPane(
                            new PostRenderer(link -> { }, (url, width) -> new CompletableFuture<>(), Runnable::run),
                            PostHtml.sanitise(PostFixtures.koreanBodies().stream()
                                    .filter(b -> b.contains("![")).findFirst().orElseThrow()
                                    + "\n\n| 항목 | 값 |\n|---|---|\n| 보팅 | 100% |\n"))));
                    photograph(stage, String.format(suffix, "post"));
                }
            }
        }
    }

    private static void show(Stage stage, TestDesktop desktop) throws Exception {
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void photograph(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = FxToolkit.setupFixture(() -> stage.getScene().snapshot(null));
        var file = OUTPUT.resolve(name);
        write(image, file);
        assertThat(file).isNotEmptyFile();
    }

    static void write(WritableImage image, Path file) throws IOException {
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
