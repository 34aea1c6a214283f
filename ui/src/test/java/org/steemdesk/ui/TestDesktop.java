package org.steemdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.i18n.Language;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.ui.feed.FeedPrefetch;
import org.steemdesk.ui.post.HttpImageLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * The desktop as the app builds it, for tests: a temporary data directory, the given nodes (by default one that
 * refuses connections, so nothing leaves the machine), a cheap Argon2id cost, and links recorded instead of opened.
 */
final class TestDesktop implements AutoCloseable {
    /** Port 9 (discard) on loopback: connections are refused at once. */
    static final URI NO_NODE = URI.create("http://127.0.0.1:9");

    final Path dataDir;
    final AppContext app;
    final Background background = Background.forFx();
    final Preferences preferences;
    final VaultSession session;
    final UiSettings settings;
    final StatusModel status = new StatusModel();
    final List<URI> openedLinks = new ArrayList<>();
    final DesktopContext context;

    TestDesktop(Language language, Theme theme, KoreanFont font, List<URI> nodes) {
        this(language, theme, font, nodes, app -> { });
    }

    /** {@code prepare} runs once the context is open and before the vault session reads the vault file. */
    TestDesktop(Language language, Theme theme, KoreanFont font, List<URI> nodes, Consumer<AppContext> prepare) {
        this(language, theme, font, nodes, prepare, background -> FeedPrefetch.none());
    }

    /** {@code feedPrefetch} starts the feed's first page as the desktop would, with this desktop's workers. */
    TestDesktop(Language language, Theme theme, KoreanFont font, List<URI> nodes, Consumer<AppContext> prepare,
                Function<Background, FeedPrefetch> feedPrefetch) {
        try {
            dataDir = Files.createTempDirectory("steemdesk-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var vaultSettings = new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofHours(1),
                Clock.systemUTC(), new SecureRandom());
        app = AppContext.open(AppSettings.defaults().withDataDir(dataDir).withNodes(nodes).withVault(vaultSettings));
        prepare.accept(app);
        preferences = new Preferences(app.settingsStore());
        session = VaultSession.open(app.keys(), background, Clock.systemUTC(), Duration.ofMinutes(10));
        settings = new UiSettings(language, theme);
        context = new DesktopContext(app, background, preferences, new HttpImageLoader(new OkHttpClient(),
                background, HttpImageLoader.DEFAULT_MAX_BYTES), session, settings, status, font, openedLinks::add,
                feedPrefetch.apply(background));
    }

    TestDesktop(Language language) {
        this(language, Theme.LIGHT, new KoreanFont(Optional.of("System")), List.of(NO_NODE));
    }

    @Override
    public void close() {
        background.close();
        session.close();
        app.close();
    }
}
