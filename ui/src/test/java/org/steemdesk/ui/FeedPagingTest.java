package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.feed.FeedItem;
import org.steemdesk.ui.feed.FeedRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * More rows as the feed is scrolled: the next page is asked after the last row (steemd's start author/permlink,
 * which steemd repeats as the page's first post), a loading row shows while it comes, the seam post is not shown
 * twice, a page that fails leaves a row to click, and the end of the listing says so.
 */
@ExtendWith(ApplicationExtension.class)
class FeedPagingTest {
    private static final int POSTS = 45;
    private static final String TRENDING = "condenser_api.get_discussions_by_trending";

    private final DesktopChain node = new DesktopChain();
    private final List<JsonNode> listing = new ArrayList<>();
    /** Holds the second page until the test has seen its loading row. */
    private final CountDownLatch secondPage = new CountDownLatch(1);
    private TestDesktop desktop;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        secondPage.countDown();
        if (desktop != null) {
            desktop.close();
        }
        node.close();
    }

    @Test
    void scrollingLoadsTheNextPagesWithoutADuplicateAtTheSeamUntilTheEnd(FxRobot robot) throws Exception {
        JsonNode recorded = node.firstPost();
        for (int i = 0; i < POSTS; i++) {
            listing.add(((ObjectNode) recorded.deepCopy()).put("permlink", "post-" + i).put("title", "Post " + i));
        }
        node.answer(TRENDING, this::page);
        desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT, new KoreanFont(Optional.of("System")),
                List.of(node.url()));
        desktop.settings.pageProperty().set(Page.FEED);
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context);
            stage.show();
        });
        ListView<FeedRow> rows = robot.lookup("#posts").queryListView();
        await(() -> rows.getItems().size() == 20 && rows.getItems().get(19) instanceof FeedItem);

        // Near the end: the next page is asked for after the last post, below a loading row.
        robot.interact(() -> rows.scrollTo(19));
        await(() -> last(rows) == FeedRow.End.LOADING);
        assertThat(node.received(TRENDING).get(1)).contains("\"start_author\":\"" + recorded.path("author").asText()
                + "\"", "\"start_permlink\":\"post-19\"", "\"limit\":21");
        secondPage.countDown();
        await(() -> posts(rows).size() == 40);
        assertThat(rows.getItems()).doesNotContain(FeedRow.End.LOADING);

        // The third page fails: a row says so, and a click on it tries again.
        node.offline(true);
        robot.interact(() -> rows.scrollTo(rows.getItems().size() - 1));
        await(() -> last(rows) == FeedRow.End.FAILED);
        node.offline(false);
        robot.interact(() -> rows.scrollTo(rows.getItems().size() - 1));
        robot.clickOn(".feed-end");
        await(() -> last(rows) == FeedRow.End.NO_MORE);

        List<String> titles = posts(rows).stream().map(i -> i.post().title()).toList();
        assertThat(titles).hasSize(POSTS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(titles)).hasSize(POSTS);
        assertThat(titles.get(20)).isEqualTo("Post 20");
        assertThat(titles.get(POSTS - 1)).isEqualTo("Post " + (POSTS - 1));
        assertThat(rows.getItems().stream().filter(r -> r instanceof FeedRow.End)).hasSize(1);
    }

    /** steemd's paging: {@code limit} posts from the start post (included), or from the first. */
    private JsonNode page(JsonNode params) {
        JsonNode query = params.path(0);
        int limit = query.path("limit").asInt();
        int from = 0;
        if (query.hasNonNull("start_permlink")) {
            String start = query.path("start_permlink").asText();
            if (start.equals("post-19")) {
                try {
                    secondPage.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            from = Integer.parseInt(start.substring("post-".length()));
        }
        ArrayNode answer = SteemJson.mapper().createArrayNode();
        listing.stream().skip(from).limit(limit).forEach(answer::add);
        return answer;
    }

    private static List<FeedItem> posts(ListView<FeedRow> rows) {
        return rows.getItems().stream().filter(FeedItem.class::isInstance).map(FeedItem.class::cast).toList();
    }

    private static FeedRow last(ListView<FeedRow> rows) {
        return rows.getItems().isEmpty() ? null : rows.getItems().get(rows.getItems().size() - 1);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
