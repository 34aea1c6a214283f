package org.steemdesk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steemdesk.i18n.Language;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.ui.session.StatusPoller;
import org.steemdesk.ui.session.VaultSession;

/**
 * The JavaFX application and composition root: {@link #init()} (off the FX thread) opens the data directory, the
 * cache, the node pool and the vault; {@link #start} builds the window; {@link #stop()} closes everything.
 */
public final class DesktopApplication extends Application {
    /** Set to print, on the first frame, how long the process took to get there. */
    static final String STARTUP_TRACE = "steemdesk.startupTrace";
    /**
     * The vault's own idle lock, a backstop only: the session locks after the user's chosen idle time without
     * input, which the vault cannot see.
     */
    static final Duration VAULT_BACKSTOP = Duration.ofHours(12);
    static final Duration IDLE_CHECK = Duration.ofSeconds(5);
    /** How often queued votes that have become due are sent (when the vault is unlocked). */
    static final Duration VOTE_FLUSH = Duration.ofSeconds(30);
    /** How often opted-in automatic claiming looks at the current account's pending rewards. */
    static final Duration AUTO_CLAIM = Duration.ofMinutes(10);
    /** How often the curation trail looks for new posts of its authors while the app runs. */
    static final Duration TRAIL_RUN = Duration.ofMinutes(5);

    /**
     * The launch options, handed from {@link #open} to {@link #init()}: JavaFX constructs the Application itself,
     * so its constructor cannot take them. Set once per process, taken once.
     */
    private static final AtomicReference<LaunchOptions> HANDOFF = new AtomicReference<>();

    private DesktopServices services;
    private VaultSession session;
    private StatusPoller poller;
    private Language language;
    private Theme theme;

    /** Opens the desktop app and blocks until its window is closed. */
    public static void open(LaunchOptions options) {
        if (!HANDOFF.compareAndSet(null, Objects.requireNonNull(options, "options"))) {
            throw new IllegalStateException("the desktop app is opened once per process");
        }
        Application.launch(DesktopApplication.class);
    }

    @Override
    public void init() {
        var options = Objects.requireNonNull(HANDOFF.getAndSet(null), "DesktopApplication.open was not called");
        var clock = Clock.systemUTC();
        services = DesktopServices.open(options, VaultSettings.defaults().withIdleTimeout(VAULT_BACKSTOP),
                Background.forFx(), clock);
        var preferences = services.preferences();
        language = options.language().or(preferences::language).orElseGet(Language::systemDefault);
        theme = preferences.theme().orElse(Theme.LIGHT);
        session = VaultSession.open(services.vaultFile(), services.vaultSettings(), services.accounts(),
                services.background(), clock, preferences.autoLock());
        preferences.account().filter(session.accountNames()::contains)
                .ifPresent(session.currentAccountProperty()::set);
    }

    @Override
    public void start(Stage stage) {
        var settings = new UiSettings(language, theme);
        var status = new StatusModel();
        var context = new DesktopContext(services, session, settings, status, KoreanFont.locate(),
                link -> getHostServices().showDocument(link.toString()));
        new MainWindow(stage, context);
        poller = new StatusPoller(services, status, session);
        poller.start();
        services.background().every(IDLE_CHECK, IDLE_CHECK, session::checkIdle);
        var votes = new org.steemdesk.ui.session.VoteDispatcher(services, session, status);
        services.background().every(VOTE_FLUSH, VOTE_FLUSH, votes::flush);
        services.background().every(VOTE_FLUSH, TRAIL_RUN, () -> {
            var account = session.currentAccountProperty().get();
            if (account != null) {
                services.app().trailRunner().run(account);
                votes.recount();
            }
        });
        services.background().every(AUTO_CLAIM, AUTO_CLAIM, () -> {
            var account = session.currentAccountProperty().get();
            if (account != null && session.isUnlocked()) {
                session.withUnlockedVault(vault -> services.app().autoClaimer().run(account, vault));
            }
        });
        session.stateProperty().addListener((obs, old, state) -> {
            if (state == VaultSession.State.UNLOCKED) {
                votes.flush();
            }
        });
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
        // The workers finish first, so no task meets a closed vault or cache.
        services.close();
        session.close();
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
