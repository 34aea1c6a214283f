package org.steemdesk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.steemdesk.app.AppContext;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.post.HttpImageLoader;
import org.steemdesk.ui.session.StatusPoller;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * The desktop door: builds the application context from the launch's settings, then the window over it.
 * {@link #init()} (off the FX thread) reads the preferences and the vault file; {@link #start} builds the window and
 * starts the periodic jobs; {@link #stop()} closes everything.
 */
public final class DesktopApplication extends Application {
    /** Set to print, on the first frame, how long the process took to get there. */
    static final String STARTUP_TRACE = "steemdesk.startupTrace";
    /**
     * The vault's own idle lock, a backstop only: the session locks after the user's chosen idle time without
     * input, which the vault cannot see.
     */
    static final Duration VAULT_BACKSTOP = Duration.ofHours(12);

    /**
     * The launch, handed from {@link #open} to {@link #init()}: JavaFX constructs the Application itself, so its
     * constructor cannot take it. Set once per process, taken once.
     */
    private static final AtomicReference<DesktopLaunch> HANDOFF = new AtomicReference<>();

    private AppContext app;
    private Background background;
    private Preferences preferences;
    private VaultSession session;
    private StatusPoller poller;
    private DesktopJobs jobs;
    private Language language;
    private Theme theme;
    private WindowPlacements placements;

    /** Opens the desktop app and blocks until its window is closed. */
    public static void open(DesktopLaunch launch) {
        if (!HANDOFF.compareAndSet(null, Objects.requireNonNull(launch, "launch"))) {
            throw new IllegalStateException("the desktop app is opened once per process");
        }
        Application.launch(DesktopApplication.class);
    }

    @Override
    public void init() {
        var launch = Objects.requireNonNull(HANDOFF.getAndSet(null), "DesktopApplication.open was not called");
        app = AppContext.open(launch.settings().withVaultIdleBackstop(VAULT_BACKSTOP));
        background = Background.forFx();
        preferences = new Preferences(app.settingsStore());
        language = launch.language().or(preferences::language).orElseGet(Language::systemDefault);
        theme = preferences.theme().orElse(Theme.LIGHT);
        placements = preferences.windowPlacements();
        session = VaultSession.open(app.keys(), background, app.clock(), preferences.autoLock());
        // --account as the CLI reads it (keys here or not), else the account of the last run if its keys are here.
        launch.settings().account().ifPresentOrElse(session::actFor, () -> preferences.account()
                .filter(session.accountNames()::contains).ifPresent(session.currentAccountProperty()::set));
    }

    @Override
    public void start(Stage stage) {
        var settings = new UiSettings(language, theme);
        var status = new StatusModel();
        var images = new HttpImageLoader(new OkHttpClient(), background, HttpImageLoader.DEFAULT_MAX_BYTES);
        var context = new DesktopContext(app, background, preferences, images, session, settings, status,
                KoreanFont.locate(), link -> getHostServices().showDocument(link.toString()));
        new MainWindow(stage, context, placements);
        poller = new StatusPoller(app.status(), background, status, session);
        poller.start();
        jobs = new DesktopJobs(app, background, session, new VoteDispatcher(app.votes(), session, background,
                status), status);
        if (Boolean.getBoolean(STARTUP_TRACE)) {
            traceFirstFrame(stage);
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.close();
        }
        if (jobs != null) {
            jobs.close();
        }
        // The workers finish first, so no task meets a closed vault or cache.
        background.close();
        session.close();
        app.close();
    }

    private static void traceFirstFrame(Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            var started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.err.println("steemdesk: first frame " + Duration.between(started, Instant.now()).toMillis()
                    + " ms after process start");
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }
}
