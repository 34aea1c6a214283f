package org.steemdesk.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * The main window. It rebuilds its views whenever the language changes, so a new language shows everywhere at
 * once without a restart, swaps the theme when the user picks another, saves both choices, and reports user
 * activity to the vault session for the auto-lock.
 */
public final class MainWindow {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final Stage stage;
    private final DesktopContext context;
    private final Scene scene;

    public MainWindow(Stage stage, DesktopContext context) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.context = Objects.requireNonNull(context, "context");
        var settings = context.settings();
        applyTheme(settings.themeProperty().get());
        this.scene = new Scene(build(settings.languageProperty().get()), WIDTH, HEIGHT);
        applyLanguage(settings.languageProperty().get());
        stage.setScene(scene);
        // The window's own icon: docks and task switchers show it (the .deb's menu entry has the same one).
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(
                    MainWindow.class.getResource("icon/steemdesk-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(800);
        stage.setMinHeight(540);
        var preferences = context.preferences();
        var background = context.background();
        settings.languageProperty().addListener((obs, old, language) -> {
            rebuild(language);
            background.perform(() -> preferences.language(language));
        });
        settings.themeProperty().addListener((obs, old, theme) -> {
            applyTheme(theme);
            background.perform(() -> preferences.theme(theme));
        });
        context.session().currentAccountProperty().addListener((obs, old, account) -> {
            if (account != null) {
                background.perform(() -> preferences.account(account));
            }
        });
        // Ctrl+1…Ctrl+5 (Cmd on macOS): the pages in the navigation's order.
        for (var page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (page.ordinal() + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> settings.pageProperty().set(page));
        }
        for (var type : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL)) {
            scene.addEventFilter(type, (Event e) -> context.session().userActivity());
        }
    }

    private void rebuild(Language language) {
        scene.setRoot(build(language));
        applyLanguage(language);
    }

    private Parent build(Language language) {
        var messages = new Messages(language);
        var controllers = new ControllerFactory(messages, new Formats(messages, ZoneId.systemDefault()), context);
        stage.setTitle(messages.get("app.title"));
        return controllers.loader().load("main/MainView.fxml");
    }

    private void applyLanguage(Language language) {
        scene.getStylesheets().setAll(context.koreanFont().stylesheet(language == Language.KOREAN).stream().toList());
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }
}
