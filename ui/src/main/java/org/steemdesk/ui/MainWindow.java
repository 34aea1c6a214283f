package org.steemdesk.ui;

import java.time.ZoneId;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * The main window. It rebuilds its views whenever the language changes, so a new language shows everywhere at
 * once without a restart, and swaps the theme when the user picks another.
 */
public final class MainWindow {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final Stage stage;
    private final UiSettings settings;
    private final StatusModel status;
    private final KoreanFont koreanFont;
    private final Scene scene;

    public MainWindow(Stage stage, UiSettings settings, StatusModel status, KoreanFont koreanFont) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.status = Objects.requireNonNull(status, "status");
        this.koreanFont = Objects.requireNonNull(koreanFont, "koreanFont");
        applyTheme(settings.themeProperty().get());
        this.scene = new Scene(build(settings.languageProperty().get()), WIDTH, HEIGHT);
        applyLanguage(settings.languageProperty().get());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(540);
        settings.languageProperty().addListener((obs, old, language) -> rebuild(language));
        settings.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
    }

    private void rebuild(Language language) {
        scene.setRoot(build(language));
        applyLanguage(language);
    }

    private javafx.scene.Parent build(Language language) {
        var messages = new Messages(language);
        var controllers = new ControllerFactory(messages, new Formats(messages, ZoneId.systemDefault()), settings,
                status, koreanFont);
        stage.setTitle(messages.get("app.title"));
        return controllers.loader().load("main/MainView.fxml");
    }

    private void applyLanguage(Language language) {
        scene.getStylesheets().setAll(koreanFont.stylesheet(language == Language.KOREAN).stream().toList());
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }
}
