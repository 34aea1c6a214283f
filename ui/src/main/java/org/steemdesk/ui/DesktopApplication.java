package org.steemdesk.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.steemdesk.app.AppContext;
import org.steemdesk.ui.feed.FeedPrefetch;
import org.steemdesk.ui.post.HttpImageLoader;
import org.steemdesk.ui.session.StatusPoller;
import org.steemdesk.ui.session.VoteDispatcher;
import org.steemdesk.ui.wallet.GuardNotices;

/**
 * The desktop door. The window comes first: {@link #open} starts reading the preferences and the vault file
 * ({@link DesktopStart}) on a worker before JavaFX starts its toolkit; {@link #start} builds the window as soon as
 * both are ready, without waiting on the FX thread; from the first frame the feed's cached first page is read on
 * another worker ({@link FeedPrefetch}) while the FX thread builds the page; the status poll and the periodic jobs (which open the node
 * pool) start after the first frame. {@link #stop()} closes everything.
 */
public final class DesktopApplication extends Application {
    /**
     * The vault's own idle lock, a backstop only: the session locks after the user's chosen idle time without
     * input, which the vault cannot see.
     */
    static final Duration VAULT_BACKSTOP = Duration.ofHours(12);

    /** What {@link #open} began, handed to the instance JavaFX constructs. */
    private record Opening(AppContext app, Background background, CompletableFuture<DesktopStart> start,
            FeedPrefetch feedPrefetch, CompletableFuture<Void> firstFrame) {
    }

    /**
     * The opening, handed from {@link #open} to {@link #init()}: JavaFX constructs the Application itself, so its
     * constructor cannot take it. Set once per process, taken once.
     */
    private static final AtomicReference<Opening> HANDOFF = new AtomicReference<>();

    private AppContext app;
    private Background background;
    private CompletableFuture<DesktopStart> opening;
    private FeedPrefetch feedPrefetch;
    private CompletableFuture<Void> firstFrame;
    private StatusPoller poller;
    private DesktopJobs jobs;

    /** Opens the desktop app and blocks until its window is closed. */
    public static void open(DesktopLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        StartupTrace.phase("open");
        var app = AppContext.open(launch.settings().withVaultIdleBackstop(VAULT_BACKSTOP));
        var background = Background.forFx();
        var start = DesktopStart.begin(launch, app, background);
        // From the first frame, on the second core while the FX thread builds the page: cache.db's listing and the
        // first JSON parse no longer follow the page's build. Started earlier, it slowed the first frame.
        var firstFrame = new CompletableFuture<Void>();
        var feedPrefetch = FeedPrefetch.begin(app::feeds, background, firstFrame);
        if (!HANDOFF.compareAndSet(null, new Opening(app, background, start, feedPrefetch, firstFrame))) {
            background.close();
            throw new IllegalStateException("the desktop app is opened once per process");
        }
        Application.launch(DesktopApplication.class);
    }

    @Override
    public void init() {
        var handed = Objects.requireNonNull(HANDOFF.getAndSet(null), "DesktopApplication.open was not called");
        app = handed.app();
        background = handed.background();
        opening = handed.start();
        feedPrefetch = handed.feedPrefetch();
        firstFrame = handed.firstFrame();
        StartupTrace.phase("init");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.phase("start");
        // Read long before, as a rule: then the window is built at once, in this call.
        if (opening.isDone()) {
            show(stage);
        } else {
            opening.whenCompleteAsync((ready, failure) -> show(stage), background.ui());
        }
    }

    private void show(Stage stage) {
        DesktopStart ready;
        try {
            ready = opening.join();
        } catch (RuntimeException e) {
            // No preferences and no vault (e.g. an unreadable data directory): nothing to show.
            System.err.println("steemdesk: " + Background.unwrap(e).getMessage());
            Platform.exit();
            return;
        }
        StartupTrace.phase("read");
        var status = new StatusModel();
        var session = ready.session();
        var images = new HttpImageLoader(new ImageClient(), background, HttpImageLoader.DEFAULT_MAX_BYTES);
        var korean = KoreanFont.locate();
        StartupTrace.phase("korean font");
        var context = new DesktopContext(app, background, ready.preferences(), images, session,
                new UiSettings(ready.language(), ready.theme()), status, korean,
                link -> getHostServices().showDocument(link.toString()), feedPrefetch);
        // The window's frame first; the page right after its first frame (its cached rows asked for first), then the
        // status poll and the jobs, which open the node pool.
        MainWindow.opening(stage, context, ready.placements(), () -> {
            StartupTrace.traceFeedRows(stage.getScene());
            poller = new StatusPoller(app.status(), background, status, session);
            poller.start();
            var notices = new GuardNotices(app::guard, ready.preferences(), context.settings().languageProperty()::get,
                    DesktopNotifier.forThisPlatform());
            jobs = new DesktopJobs(app, background, session, new VoteDispatcher(app.votes(), session, background,
                    status), status, notices);
        });
        StartupTrace.afterNextLayout(stage.getScene(), () -> firstFrame.complete(null));
        StartupTrace.phase("window built");
        stage.show();
        StartupTrace.phase("shown");
    }

    /** The images' HTTP client, made on the first image's worker (see {@link HttpImageLoader}), then shared. */
    private static final class ImageClient implements Supplier<OkHttpClient> {
        private OkHttpClient client;

        @Override
        public synchronized OkHttpClient get() {
            if (client == null) {
                client = new OkHttpClient();
            }
            return client;
        }
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
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            opening.join().session().close();
        }
        app.close();
    }
}
