package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.ui.feed.FeedItem;
import org.steemdesk.ui.feed.FeedRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The feed, post, vote queue and wallet views against a loopback node answering from recorded fixtures. */
class ViewsTest extends OnlineDesktopTest {
    private static final String TRENDING = "condenser_api.get_discussions_by_trending";


    private void open(Language language, Page page) throws Exception {
        desktop = shown.open(language, page);
    }

    @Test
    void theFeedShowsTheRecordedKoreanPost(FxRobot robot) throws Exception {
        open(Language.KOREAN, Page.FEED);
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        String title = node.firstPost().path("title").asText();
        await(() -> posts.getItems().stream()
                .anyMatch(i -> i instanceof FeedItem f && f.post().title().equals(title)));
        await(() -> robot.lookup(".feed-title").queryAll().stream()
                .anyMatch(n -> title.equals(((Label) n).getText())));
        assertThat(robot.lookup(".feed-meta").queryAll().stream().map(n -> ((Label) n).getText()))
                .anyMatch(meta -> meta.startsWith("@" + node.firstPost().path("author").asText() + " (")
                        && meta.contains("1시간 전") && meta.contains("보팅"));
        assertThat(robot.lookup("#trendingKind").queryLabeled().getText()).isEqualTo("트렌딩");
    }

    @Test
    void aVoteCastOfflineWaitsWithABadgeAndArrivesOnceWhenTheNodeIsBack(FxRobot robot) throws Exception {
        open(Language.ENGLISH, Page.FEED);
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> !posts.getItems().isEmpty());
        robot.interact(() -> posts.getSelectionModel().select(0));
        robot.clickOn(".feed-title");
        await(() -> robot.lookup("#voteButton").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#voteButton").queryButton().isDisabled());

        node.offline(true);
        robot.interact(() -> robot.lookup("#voteButton").queryButton().fire());
        await(() -> desktop.status.queuedVotesProperty().get() == 1);
        await(() -> text(robot, "#voteMessage").contains("queued"));
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();

        node.offline(false);
        robot.interact(() -> desktop.settings.pageProperty().set(Page.CURATION));
        Button sendNow = robot.lookup("#sendNow").queryButton();
        robot.interact(sendNow::fire);
        await(() -> desktop.status.queuedVotesProperty().get() == 0);
        assertThat(node.received(TestNode.BROADCAST)).hasSize(1);
        assertThat(node.received(TestNode.BROADCAST).get(0)).contains("\"vote\"", "\"voter\":\"alice\"");

        robot.interact(sendNow::fire);
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> !sendNow.isDisabled() && !robot.lookup("#busy").query().isVisible());
        assertThat(node.received(TestNode.BROADCAST)).hasSize(1);
    }

    @Test
    void theTransferSheetRefusesBadInputAndShowsTheExactOperationBeforeSigning(FxRobot robot) throws Exception {
        open(Language.ENGLISH, Page.WALLET);
        robot.interact(() -> robot.lookup("#transferAction").queryButton().fire());

        fill(robot, "bob", "1.2345", "");
        review(robot);
        await(() -> text(robot, "#sheetMessage").contains("amount is not valid"));

        fill(robot, "nobody-here", "1.000", "");
        review(robot);
        await(() -> text(robot, "#sheetMessage").contains("no such account"));

        fill(robot, "bob", "1.000", "my key 5JdeC9P7Pbd1uGdFVEsJ41EkEnADbbHGq6p1BwFxm6txNBsQnsw");
        review(robot);
        await(() -> text(robot, "#sheetMessage").contains("private key"));
        assertThat(robot.lookup("#confirm").query().isVisible()).isFalse();

        fill(robot, "bob", "1.5", "thanks for lunch");
        review(robot);
        // The sheet is filled on the FX thread; wait for all of it, not only for the button to show.
        await(() -> robot.lookup("#confirm").query().isVisible()
                && !((TextArea) robot.lookup("#operationsJson").query()).getText().isEmpty());
        String json = ((TextArea) robot.lookup("#operationsJson").query()).getText();
        assertThat(json.replaceAll("\\s", "")).isEqualTo(
                "[[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1.500STEEM\",\"memo\":\"thanksforlunch\"}]]");
        assertThat(text(robot, "#effect")).contains("Balances after:");
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();
    }

    private static void fill(FxRobot robot, String to, String amount, String memo) {
        robot.interact(() -> {
            robot.lookup("#sheetBack").queryButton().fire();
            ((TextInputControl) robot.lookup("#toField").query()).setText(to);
            ((TextInputControl) robot.lookup("#amountField").query()).setText(amount);
            ((TextInputControl) robot.lookup("#memoField").query()).setText(memo);
        });
    }

    private static void review(FxRobot robot) {
        robot.interact(() -> robot.lookup("#review").queryButton().fire());
    }

    /**
     * More rows as the feed is scrolled: the next page is asked after the last row (steemd's start author/permlink,
     * which steemd repeats as the page's first post), a loading row shows while it comes, the seam post is not shown
     * twice, a page that fails leaves a row to click, and the end of the listing says so.
     */
    @Test
    void scrollingLoadsTheNextPagesWithoutADuplicateAtTheSeamUntilTheEnd(FxRobot robot) throws Exception {
        JsonNode recorded = node.firstPost();
        List<JsonNode> listing = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            listing.add(((ObjectNode) recorded.deepCopy()).put("permlink", "post-" + i).put("title", "Post " + i));
        }
        CountDownLatch secondPage = new CountDownLatch(1);
        node.answer(TRENDING, params -> page(listing, params.path(0), secondPage));
        open(Language.ENGLISH, Page.FEED);
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
        assertThat(titles).hasSize(45).doesNotHaveDuplicates();
        assertThat(titles.get(20)).isEqualTo("Post 20");
        assertThat(titles.get(44)).isEqualTo("Post 44");
        assertThat(rows.getItems().stream().filter(r -> r instanceof FeedRow.End)).hasSize(1);
    }

    /** steemd's paging: {@code limit} posts from the start post (included), or from the first; page 2 waits. */
    private static JsonNode page(List<JsonNode> listing, JsonNode query, CountDownLatch secondPage) {
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
        listing.stream().skip(from).limit(query.path("limit").asInt()).forEach(answer::add);
        return answer;
    }

    private static List<FeedItem> posts(ListView<FeedRow> rows) {
        return rows.getItems().stream().filter(FeedItem.class::isInstance).map(FeedItem.class::cast).toList();
    }

    private static FeedRow last(ListView<FeedRow> rows) {
        return rows.getItems().isEmpty() ? null : rows.getItems().get(rows.getItems().size() - 1);
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup(query).queryLabeled().getText();
        return text == null ? "" : text;
    }

    private static void await(BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theCurationQueueShowsAScheduledVoteInKoreanAndCancelsIt(FxRobot robot) throws Exception {
        var alice = org.steemdesk.chain.protocol.AccountName.of("alice");
        var post = node.firstPost();
        open(Language.KOREAN, Page.CURATION);
        var request = org.steemdesk.app.vote.VoteRequest.now(alice,
                org.steemdesk.chain.protocol.AccountName.of(post.path("author").asText()),
                org.steemdesk.chain.protocol.Permlink.of(post.path("permlink").asText()), 5000)
                .withNotBefore(java.time.Instant.now().plus(java.time.Duration.ofHours(6)));
        desktop.app.votes().record(request);
        javafx.scene.control.TableView<?> queue = robot.lookup("#queue").queryTableView();
        robot.interact(() -> robot.lookup("#refreshQueue").queryButton().fire());
        await(() -> queue.getItems().size() == 1);
        await(() -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> "예약됨".equals(((javafx.scene.control.Labeled) n).getText())));

        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#cancelVote").queryButton().fire());
        await(() -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> "취소됨".equals(((javafx.scene.control.Labeled) n).getText())));
        assertThat(desktop.app.votes().waiting()).isEmpty();
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();
    }
}
