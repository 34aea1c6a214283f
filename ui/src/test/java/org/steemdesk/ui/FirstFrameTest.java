package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.CachedPost;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.feed.FeedItem;
import org.steemdesk.ui.feed.FeedPrefetch;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order of the desktop's start, as {@link DesktopApplication} opens its window ({@link MainWindow#opening}):
 * the first frame is the window's frame with a placeholder, without the page's view (whose controller asks the
 * cache for the feed) and without what runs after the page (the status poll and the jobs, which open the node
 * pool); the page comes right after, and the open post's view only when a post opens. The feed's cached first
 * page is read on a worker as the desktop starts ({@link FeedPrefetch}); the page is built without waiting for it
 * and shows its rows when they come. What each step saw is recorded as it happens, so a change of the order fails
 * here, whatever the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    /** What the scene held at the first frame's layout and when the code after the page ran. */
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    /**
     * A node that takes the connection and never answers: the feed's own load stays under way (its fallback, the
     * desktop's own cache.db, is empty), so rows in the list can only be the prefetch's.
     */
    private final ServerSocket silentNode = silentNode();
    /** Holds the prefetch's read until a test lets it go: the window and its page must not wait for it. */
    private final CountDownLatch prefetchGate = new CountDownLatch(1);
    private final AtomicReference<CacheDatabase> prefetchCache = new AtomicReference<>();
    private final TestDesktop desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT,
            new KoreanFont(Optional.of("System")), List.of(URI.create("http://127.0.0.1:" + silentNode.getLocalPort())),
            app -> { }, background -> FeedPrefetch.begin(this::prefetchedFeeds, background));

    @Start
    void start(Stage stage) {
        var window = MainWindow.opening(stage, desktop.context, new WindowPlacements(), () -> {
            Scene scene = stage.getScene();
            seen.put("after page: feed page built", scene.lookup("#feedPane") != null);
            seen.put("after page: placeholder gone", scene.lookup(".page-placeholder") == null);
        });
        Scene scene = stage.getScene();
        StartupTrace.afterFirstFrame(scene, () -> {
            seen.put("first frame: navigation", scene.lookup("#feedNav") != null);
            seen.put("first frame: status bar", scene.lookup(".status-bar") != null);
            seen.put("first frame: placeholder", scene.lookup(".page-placeholder") != null);
            seen.put("first frame: feed page", scene.lookup("#feedPane") != null);
            seen.put("first frame: code after the page ran", seen.containsKey("after page: feed page built"));
        });
        assertThat(window).isNotNull();
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        prefetchGate.countDown();
        desktop.close();
        silentNode.close();
        Optional.ofNullable(prefetchCache.get()).ifPresent(CacheDatabase::close);
    }

    private static ServerSocket silentNode() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The feeds the prefetch reads: the cache.db of another data directory, holding one recorded post, once the test
     * lets it go.
     */
    private FeedSync prefetchedFeeds() {
        seen.put("prefetch: off the FX thread", !Platform.isFxApplicationThread());
        try {
            prefetchGate.await();
            var db = CacheDatabase.open(Files.createTempDirectory("steemdesk-prefetch").resolve("cache.db"));
            prefetchCache.set(db);
            JsonNode post = recordedPost();
            var posts = new PostCache(db);
            posts.putListing(FeedKind.TRENDING, "", List.of(new CachedPost(AccountName.of(post.path("author").asText()),
                    Permlink.of(post.path("permlink").asText()), post.toString())), Instant.now());
            return new FeedSync(() -> {
                throw new IllegalStateException("the prefetch reads the cache only");
            }, SteemJson.mapper(), posts, Clock.systemUTC());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode recordedPost() throws IOException {
        try (InputStream in = FirstFrameTest.class.getResourceAsStream(
                "/fixtures/get_discussions_by_trending-2020-hivemind-kr.json")) {
            return SteemJson.mapper().readTree(in).path("response").path("result").path(0);
        }
    }

    @Test
    void theFeedTakesItsRowsReadAsTheDesktopStartedWithoutWaitingForThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> seen.containsKey("after page: feed page built")
                && seen.containsKey("prefetch: off the FX thread"));
        // The page and the code after it came while the read was still held: the FX thread did not wait for it.
        assertThat(seen).containsEntry("prefetch: off the FX thread", true)
                .containsEntry("after page: feed page built", true);
        ListView<?> posts = robot.lookup("#posts").queryAs(ListView.class);
        assertThat(posts.getItems()).isEmpty();
        String permlink = recordedPermlink();
        prefetchGate.countDown();
        // Only the prefetch has this post: the desktop's own cache.db is empty and its node never answers.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !posts.getItems().isEmpty());
        assertThat(posts.getItems()).singleElement().isInstanceOfSatisfying(FeedItem.class,
                item -> assertThat(item.post().permlink()).isEqualTo(permlink));
    }

    private static String recordedPermlink() throws IOException {
        return recordedPost().path("permlink").asText();
    }

    @Test
    void theFirstFrameIsTheWindowsFrameAndThePageComesRightAfter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> seen.containsKey("after page: feed page built"));
        assertThat(seen).containsEntry("first frame: navigation", true)
                .containsEntry("first frame: status bar", true)
                .containsEntry("first frame: placeholder", true)
                .containsEntry("first frame: feed page", false)
                .containsEntry("first frame: code after the page ran", false)
                .containsEntry("after page: feed page built", true)
                .containsEntry("after page: placeholder gone", true);
        assertThat(robot.lookup("#feedNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(desktop.settings.pageWaitsProperty().get()).isFalse();
    }

    @Test
    void theOpenPostsViewIsBuiltOnlyWhenAPostOpens(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#feedPane").tryQuery().isPresent());
        assertThat(robot.lookup("#postPane").queryAs(StackPane.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#voteButton").tryQuery()).isEmpty();
    }

    @Test
    void anotherPageChosenWhileThePageWaitsOpensOnceItMayBeBuilt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> seen.containsKey("after page: feed page built"));
        robot.interact(() -> desktop.settings.pageWaitsProperty().set(true));
        robot.interact(() -> desktop.settings.pageProperty().set(Page.SETTINGS));
        assertThat(robot.lookup(".page-placeholder").tryQuery()).isPresent();
        robot.interact(() -> desktop.settings.pageWaitsProperty().set(false));
        assertThat(robot.lookup(".page-placeholder").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settingsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".content").queryAs(StackPane.class).getChildren()).singleElement()
                .isInstanceOf(Parent.class);
    }
}
