package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.ui.feed.FeedRow;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Votes on comments through the post's one vote panel: a comment's vote button points the panel at it (its own
 * estimate, from the comment's get_content), the vote goes to the comment, and the comment's votes, payout and the
 * current account's mark are loaded again in place.
 */
@ExtendWith(ApplicationExtension.class)
class CommentVoteViewTest {
    private final DesktopChain node = new DesktopChain();
    private TestDesktop desktop;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (desktop != null) {
            desktop.close();
        }
        node.close();
    }

    private void openFirstPost(FxRobot robot, Language language) throws Exception {
        desktop = new TestDesktop(language, Theme.LIGHT, new KoreanFont(Optional.of("System")),
                List.of(node.url()), VaultFixtures::storeAlice);
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get(30, TimeUnit.SECONDS);
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED
                && desktop.session.currentAccountProperty().get() != null);
        desktop.settings.pageProperty().set(Page.FEED);
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context);
            stage.show();
        });
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> !posts.getItems().isEmpty());
        robot.interact(() -> posts.getSelectionModel().select(0));
        robot.clickOn(".feed-title");
        await(() -> robot.lookup("#voteButton").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aCommentsVoteButtonPointsThePanelAtItAndTheVoteGoesToTheComment(FxRobot robot) throws Exception {
        ObjectNode comment = node.comment("bob", "re-first-post", "좋은 글 감사합니다.");
        openFirstPost(robot, Language.ENGLISH);
        await(() -> robot.lookup(".reply-vote").tryQuery().isPresent());
        Button commentVote = robot.lookup(".reply-vote").queryButton();
        assertThat(commentVote.getText()).isEqualTo("Vote");
        assertThat(robot.lookup("#targetLine").query().isVisible()).isFalse();

        int contentReads = node.received("condenser_api.get_content").size();
        robot.interact(commentVote::fire);
        assertThat(robot.lookup("#targetLine").query().isVisible()).isTrue();
        assertThat(text(robot, "#targetText")).isEqualTo("On @bob's comment");
        assertThat(robot.lookup(".reply-target").tryQuery()).isPresent();
        // The estimate is the comment's own: the panel reads the comment, not the post.
        await(() -> node.received("condenser_api.get_content").stream().skip(contentReads)
                .anyMatch(call -> call.contains("re-first-post")));
        await(() -> text(robot, "#curationValue").startsWith("Expected curation reward:"),
                () -> text(robot, "#voteValue"));

        TextField field = robot.lookup("#weightField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("50 %");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        // The chain takes the vote: once it is broadcast, the comment carries it.
        ObjectNode voted = comment.deepCopy().put("pending_payout_value", "0.125 SBD");
        voted.withArray("active_votes").addObject().put("voter", "alice").put("rshares", "1000000")
                .put("percent", 5000).put("reputation", 0);
        node.answer("condenser_api.get_content_replies", params -> node.received(TestNode.BROADCAST).isEmpty()
                ? SteemJson.mapper().createArrayNode().add(comment) : SteemJson.mapper().createArrayNode().add(voted));
        int repliesRead = node.received("condenser_api.get_content_replies").size();
        robot.interact(() -> robot.lookup("#voteButton").queryButton().fire());
        await(() -> node.received(TestNode.BROADCAST).size() == 1);
        String broadcast = node.received(TestNode.BROADCAST).get(0);
        assertThat(broadcast).contains("\"author\":\"bob\"", "\"permlink\":\"re-first-post\"", "\"weight\":5000");

        await(() -> node.received("condenser_api.get_content_replies").size() > repliesRead);
        await(() -> text(robot, "#myVote").equals("Your vote: 50 %"), () -> text(robot, "#myVote"));
        await(() -> robot.lookup(".reply-vote").queryButton().getText().equals("1 vote"));
        assertThat(robot.lookup(".reply-payout").queryAs(Label.class).getText()).contains("0.125");
        assertThat(robot.lookup(".reply-mine").queryAs(Label.class).getText()).isEqualTo("\u25b2 You 50 %");
        // In place: the same button, so the reader's scroll position stays.
        assertThat(robot.lookup(".reply-vote").queryButton()).isSameAs(commentVote);

        robot.interact(() -> robot.lookup("#onPost").queryButton().fire());
        assertThat(robot.lookup("#targetLine").query().isVisible()).isFalse();
        assertThat(text(robot, "#myVote")).isEmpty();
        assertThat(robot.lookup(".reply-target").tryQuery()).isEmpty();
    }

    @Test
    void afterAVoteOnThePostItsFeedRowCarriesTheMark(FxRobot robot) throws Exception {
        JsonNode post = node.firstPost();
        ObjectNode voted = post.deepCopy();
        voted.withArray("active_votes").addObject().put("voter", "alice").put("rshares", "1000000")
                .put("percent", 5000).put("reputation", 0);
        node.answer("condenser_api.get_content", params -> node.received(TestNode.BROADCAST).isEmpty() ? post : voted);
        node.answer("condenser_api.get_active_votes", params -> node.received(TestNode.BROADCAST).isEmpty()
                ? SteemJson.mapper().createArrayNode() : voted.path("active_votes"));
        openFirstPost(robot, Language.ENGLISH);
        await(() -> !robot.lookup("#voteButton").queryButton().isDisabled());
        TextField field = robot.lookup("#weightField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("50 %");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        robot.interact(() -> robot.lookup("#voteButton").queryButton().fire());
        await(() -> node.received(TestNode.BROADCAST).size() == 1);
        await(() -> text(robot, "#myVote").equals("Your vote: 50 %"), () -> text(robot, "#myVote"));

        robot.interact(() -> robot.lookup("#back").queryButton().fire());
        await(() -> robot.lookup(".feed-mine").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("\u25b2 You 50 %")));
    }

    @Test
    void theCommentVoteSpeaksKorean(FxRobot robot) throws Exception {
        node.comment("bob", "re-first-post", "좋은 글 감사합니다.");
        openFirstPost(robot, Language.KOREAN);
        await(() -> robot.lookup(".reply-vote").tryQuery().isPresent());
        assertThat(robot.lookup(".reply-vote").queryButton().getText()).isEqualTo("보팅 0");
        robot.interact(() -> robot.lookup(".reply-vote").queryButton().fire());
        assertThat(text(robot, "#targetText")).isEqualTo("@bob 님의 댓글에 보팅");
        assertThat(robot.lookup("#onPost").queryButton().getText()).isEqualTo("글에 보팅하기");
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        String text = node instanceof TextField f ? f.getText() : ((Labeled) node).getText();
        return text == null ? "" : text;
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> shown)
            throws java.util.concurrent.TimeoutException {
        try {
            await(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the panel says: " + shown.get(), e);
        }
    }

    private static void await(BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
