package org.steemdesk.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * The main window. It rebuilds its views whenever the language changes, so a new language shows everywhere at
 * once without a restart, swaps the theme when the user picks another, saves both choices, comes back where it
 * was ({@link WindowBounds}), and reports user activity to the vault session for the auto-lock.
 */
public final class MainWindow {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final Stage stage;
    private final DesktopContext context;
    private final Scene scene;

    /** A window with nothing remembered about its placement: the default size, centred. */
    public MainWindow(Stage stage, DesktopContext context) {
        this(stage, context, new WindowPlacements());
    }

    /**
     * @param placements where the window was, per screen configuration ({@link Preferences#windowPlacements()}, read
     *     off the FX thread before); the window goes back there and is followed from now on
     */
    public MainWindow(Stage stage, DesktopContext context, WindowPlacements placements) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.context = Objects.requireNonNull(context, "context");
        var settings = context.settings();
        applyTheme(settings.themeProperty().get());
        StartupTrace.phase("theme");
        this.scene = new Scene(build(settings.languageProperty().get()), WIDTH, HEIGHT);
        StartupTrace.phase("views");
        applyLanguage(settings.languageProperty().get());
        stage.setScene(scene);
        // The window's own icon: docks and task switchers show it (the .deb's menu entry has the same one). Six PNGs
        // decoded on a worker once the first frame is laid out: the window does not wait for them.
        StartupTrace.afterNextLayout(scene, () -> {
            try {
                context.background().supply(MainWindow::icons)
                        .thenAcceptAsync(stage.getIcons()::setAll, context.background().ui());
            } catch (RejectedExecutionException e) {
                // closed before its first frame: no window to mark
            }
        });
        stage.setMinWidth(800);
        stage.setMinHeight(540);
        var preferences = context.preferences();
        new WindowBounds(stage, placements, remembered -> save(() -> preferences.windowPlacements(remembered)))
                .restore();
        settings.languageProperty().addListener((obs, old, language) -> {
            rebuild(language);
            save(() -> preferences.language(language));
        });
        settings.themeProperty().addListener((obs, old, theme) -> {
            applyTheme(theme);
            save(() -> preferences.theme(theme));
        });
        context.session().currentAccountProperty().addListener((obs, old, account) -> {
            if (account != null) {
                save(() -> preferences.account(account));
            }
        });
        for (var type : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL)) {
            scene.addEventFilter(type, (Event e) -> context.session().userActivity());
        }
    }

    /**
     * The app's window, in the order of its start: the first frame is the window's frame (top bar, navigation,
     * status bar) with a placeholder where the page goes ({@link UiSettings#pageWaitsProperty}); right after that
     * frame's pulse the page's view is built, and then {@code afterPage} runs (the status poll and the jobs, which
     * open the node pool). Built in the first frame's pulse itself, the page would be drawn unstyled.
     */
    static MainWindow opening(Stage stage, DesktopContext context, WindowPlacements placements, Runnable afterPage) {
        Objects.requireNonNull(afterPage, "afterPage");
        var pageWaits = context.settings().pageWaitsProperty();
        pageWaits.set(true);
        var window = new MainWindow(stage, context, placements);
        StartupTrace.afterFirstFrame(window.scene, () -> context.background().onUi(() -> {
            pageWaits.set(false);
            StartupTrace.phase("page built");
            afterPage.run();
        }));
        return window;
    }

    /**
     * Saves a choice off the FX thread. A change that comes after the app's work was closed (the window hidden, an
     * account let go, while shutting down) has nothing left to save with and is dropped.
     */
    private void save(Runnable write) {
        try {
            context.background().perform(write);
        } catch (RejectedExecutionException e) {
            // closing: see above
        }
    }

    private static List<Image> icons() {
        return IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(size -> new Image(
                        MainWindow.class.getResource("icon/steemdesk-" + size + ".png").toExternalForm()))
                .toList();
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
