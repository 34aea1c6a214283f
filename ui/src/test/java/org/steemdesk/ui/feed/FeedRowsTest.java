package org.steemdesk.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.post.ImageLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Feed rows as the list shows them: title, excerpt, payout and votes, the current account's vote mark, the
 * thumbnail (a placeholder while it comes and when it cannot load), and the rows at the list's end.
 */
@ExtendWith(ApplicationExtension.class)
class FeedRowsTest {
    private static final URI LOADS = URI.create("https://images.test/ramen.png");
    private static final URI BROKEN = URI.create("https://images.test/missing.png");

    private final List<URI> asked = new ArrayList<>();
    /** Thumbnails decoded at the size asked for; a missing image fails as an HTTP 404 would. */
    private final ImageLoader images = (url, width) -> {
        asked.add(url);
        return url.equals(LOADS) ? CompletableFuture.completedFuture(new WritableImage((int) width, (int) width))
                : CompletableFuture.failedFuture(new IOException("HTTP 404"));
    };
    private ListView<FeedRow> list;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        list = new ListView<>();
    }

    private void show(Language language, AccountName account, List<FeedRow> rows) throws Exception {
        var messages = new Messages(language);
        var formats = new Formats(messages, ZoneOffset.UTC);
        Clock clock = Clock.fixed(Instant.parse("2020-11-08T12:00:00Z"), ZoneOffset.UTC);
        var thumbnails = new Thumbnails(images, Runnable::run, FeedCell.THUMBNAIL);
        FxToolkit.setupFixture(() -> {
            list.setCellFactory(l -> new FeedCell(messages, formats, clock, thumbnails, () -> account, post -> { },
                    () -> { }, () -> { }));
            list.getItems().setAll(rows);
            stage.setScene(new Scene(list, 900, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRowShowsTheExcerptPayoutVotesMyVoteAndItsThumbnail(FxRobot robot) throws Exception {
        FeedItem voted = item(0, LOADS, 5000);
        FeedItem other = item(1, BROKEN, null);
        show(Language.ENGLISH, AccountName.of("alice"), List.of(voted, other, FeedRow.End.NO_MORE));

        FeedCell first = cell(robot, voted);
        assertThat(label(first, ".feed-title").getText()).isEqualTo(voted.post().title());
        assertThat(label(first, ".feed-excerpt").getText()).isNotBlank().doesNotContain("http", "<", "**")
                .isEqualTo(voted.excerpt());
        assertThat(label(first, ".feed-meta").getText()).startsWith("@" + voted.post().author() + " (")
                .contains(voted.payout().toDecimal().toPlainString().substring(0, 3), "votes");
        assertThat(label(first, ".feed-mine").getText()).isEqualTo("\u25b2 You 50 %");
        assertThat(label(first, ".feed-mine").isVisible()).isTrue();
        await(() -> first.lookup(".feed-thumbnail").lookup(".image-view") != null
                && ((ImageView) first.lookup(".image-view")).getImage() != null);
        assertThat(first.lookup(".feed-thumbnail-placeholder").isVisible()).isFalse();
        // Decoded at twice the shown size, never at the image's own.
        assertThat(((ImageView) first.lookup(".image-view")).getImage().getWidth()).isEqualTo(FeedCell.THUMBNAIL * 2);

        FeedCell second = cell(robot, other);
        assertThat(label(second, ".feed-mine").isVisible()).isFalse();
        await(() -> second.lookup(".feed-thumbnail").getStyleClass().contains("broken"));
        assertThat(((ImageView) second.lookup(".image-view")).getImage()).isNull();
        assertThat(((FontIcon) second.lookup(".feed-thumbnail-placeholder")).isVisible()).isTrue();

        assertThat(robot.lookup(".feed-end .label").queryAs(Label.class).getText())
                .isEqualTo("The end of this listing.");
    }

    @Test
    void theMarkSpeaksKoreanAndADownvoteSaysSo(FxRobot robot) throws Exception {
        FeedItem up = item(0, null, 3750);
        FeedItem down = item(1, null, -10000);
        show(Language.KOREAN, AccountName.of("alice"), List.of(up, down, FeedRow.End.LOADING));
        assertThat(label(cell(robot, up), ".feed-mine").getText()).isEqualTo("내 보팅 37.5 %");
        Label mark = label(cell(robot, down), ".feed-mine");
        assertThat(mark.getText()).isEqualTo("내 다운보팅 -100 %");
        assertThat(mark.getStyleClass()).contains("down");
        assertThat(robot.lookup(".feed-end .label").queryAs(Label.class).getText()).isEqualTo("글을 더 불러오는 중\u2026");
        assertThat(cell(robot, up).lookup(".feed-thumbnail-placeholder").isVisible()).isTrue();
    }

    @Test
    void aFailedAddressIsNotAskedAgainAndTheKeptThumbnailsAreBounded() {
        var thumbnails = new Thumbnails(images, Runnable::run, FeedCell.THUMBNAIL);
        List<Boolean> results = new ArrayList<>();
        thumbnails.load(BROKEN, image -> results.add(image.isPresent()));
        thumbnails.load(BROKEN, image -> results.add(image.isPresent()));
        assertThat(results).containsExactly(false, false);
        assertThat(asked).containsExactly(BROKEN);

        var many = new Thumbnails((url, width) -> CompletableFuture.completedFuture(new WritableImage(1, 1)),
                Runnable::run, FeedCell.THUMBNAIL);
        for (int i = 0; i < Thumbnails.KEPT + 30; i++) {
            many.load(URI.create("https://images.test/" + i + ".png"), image -> { });
        }
        assertThat(many.kept()).isEqualTo(Thumbnails.KEPT);
        assertThat(many.known(URI.create("https://images.test/0.png"))).isEmpty();
        assertThat(many.known(URI.create("https://images.test/" + (Thumbnails.KEPT + 29) + ".png"))).isPresent();
    }

    /** A recorded kr post with its thumbnail address and alice's vote (basis points) as given. */
    private static FeedItem item(int index, URI thumbnail, Integer aliceVote) throws IOException {
        try (InputStream in = FeedRowsTest.class.getResourceAsStream(
                "/fixtures/get_discussions_by_trending-2020-hivemind-kr.json")) {
            JsonNode post = SteemJson.mapper().readTree(in).path("response").path("result").path(index);
            ObjectNode p = ((ObjectNode) post).put("json_metadata", thumbnail == null ? "{}"
                    : "{\"image\":[\"" + thumbnail + "\"]}");
            p.withArray("active_votes").removeAll();
            if (aliceVote != null) {
                p.withArray("active_votes").addObject().put("voter", "alice").put("rshares", "1000")
                        .put("percent", aliceVote).put("reputation", 0);
            }
            p.withArray("active_votes").addObject().put("voter", "bob").put("rshares", "1000").put("percent", 10000)
                    .put("reputation", 0);
            return FeedItem.of(SteemJson.mapper().treeToValue(p, Discussion.class));
        }
    }

    private static FeedCell cell(FxRobot robot, FeedItem item) {
        return robot.lookup(".list-cell").queryAllAs(FeedCell.class).stream().filter(c -> c.getItem() == item)
                .findFirst().orElseThrow();
    }

    private static Label label(FeedCell cell, String query) {
        return (Label) cell.lookup(query);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
