package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.ui.feed.FeedItem;
import org.steemdesk.ui.feed.FeedRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The vote panel beside a post against the loopback node: the estimate's figures, the exact typed weight, the
 * explicit downvote with its confirmation, options that do not carry over to the next post, the post loaded again
 * after its own vote (and its feed row marked); votes on comments through the same panel, pointed at a comment by
 * the comment's vote button (its own estimate), the comment's votes, payout and mark refreshed in place.
 */
class VotePanelViewTest extends OnlineDesktopTest {

    private void openPost(FxRobot robot, Language language, int index) throws Exception {
        if (desktop == null) {
            desktop = shown.open(language, Page.FEED);
        } else {
            robot.interact(() -> robot.lookup("#back").queryButton().fire());
        }
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> posts.getItems().size() > index);
        robot.interact(() -> {
            posts.getSelectionModel().select(index);
            posts.scrollTo(index);
        });
        robot.clickOn(robot.lookup(".feed-title").queryAll().stream()
                .filter(n -> ((FeedItem) posts.getItems().get(index)).post().title().equals(((javafx.scene.control.Label) n)
                        .getText())).findFirst().orElseThrow());
        await(() -> robot.lookup("#voteButton").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theEstimateShowsPayoutCurationAndTheAgePenaltyAndADownvoteAsksFirst(FxRobot robot) throws Exception {
        openPost(robot, Language.ENGLISH, 0);
        await(() -> text(robot, "#curationValue").startsWith("Expected curation reward:"),
                () -> text(robot, "#voteValue"));
        assertThat(text(robot, "#voteValue")).startsWith("Estimated value of this vote:");
        // The listing's posts are an hour old: past the 300-second reverse auction.
        assertThat(text(robot, "#agePenalty")).contains("No age penalty", "300");

        TextField field = robot.lookup("#weightField").queryAs(TextField.class);
        Slider slider = robot.lookup("#weight").queryAs(Slider.class);
        robot.interact(() -> {
            field.setText("-37.5 %");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        Button vote = robot.lookup("#voteButton").queryButton();
        assertThat(slider.getValue()).isEqualTo(-37.5);
        assertThat(vote.getText()).isEqualTo("Downvote");
        assertThat(vote.getStyleClass()).contains("danger");
        assertThat(text(robot, "#weightKind")).isEqualTo("Downvote");
        await(() -> text(robot, "#curationValue").equals("A downvote earns no curation reward."));
        assertThat(text(robot, "#voteValue")).startsWith("Estimated value this downvote removes:");

        robot.interact(vote::fire);
        assertThat(robot.lookup("#downConfirm").query().isVisible()).isTrue();
        assertThat(text(robot, "#downConfirmText")).contains("at -37.5 %?");
        robot.interact(() -> robot.lookup("#downConfirmNo").queryButton().fire());
        assertThat(robot.lookup("#downConfirm").query().isVisible()).isFalse();
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();

        robot.interact(() -> {
            field.setText("37.5");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(vote.getText()).isEqualTo("Vote");
        robot.interact(() -> {
            field.setText("150 %");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(text(robot, "#voteMessage")).startsWith("Type a weight between -100 % and 100 %");
        assertThat(slider.getValue()).isEqualTo(37.5);

        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#weightField")).isEqualTo("39 %");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#weightField")).isEqualTo("37 %");
    }

    @Test
    void aVoteLoadsThePostAgainAndTheNextPostStartsWithoutTheOptions(FxRobot robot) throws Exception {
        openPost(robot, Language.KOREAN, 0);
        await(() -> !robot.lookup("#voteButton").queryButton().isDisabled());
        CheckBox minMana = robot.lookup("#minManaOption").queryAs(CheckBox.class);
        robot.interact(() -> minMana.setSelected(true));
        robot.interact(() -> minMana.setSelected(false));
        TextField field = robot.lookup("#weightField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("37.5 %");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        int contentReadsBefore = node.received("condenser_api.get_content").size();
        robot.interact(() -> robot.lookup("#voteButton").queryButton().fire());
        await(() -> node.received(TestNode.BROADCAST).size() == 1);
        assertThat(node.received(TestNode.BROADCAST).get(0)).contains("\"weight\":3750");
        await(() -> text(robot, "#voteMessage").equals("보팅을 보냈습니다."));
        await(() -> node.received("condenser_api.get_content").size() > contentReadsBefore);

        robot.interact(() -> minMana.setSelected(true));
        robot.interact(() -> robot.lookup("#atAgeOption").queryAs(CheckBox.class).setSelected(true));
        openPost(robot, Language.KOREAN, 1);
        assertThat(minMana.isSelected()).isFalse();
        assertThat(robot.lookup("#atAgeOption").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(text(robot, "#weightField")).isEqualTo("37.5 %");
        assertThat(robot.lookup("#voteButton").queryButton().getText()).isEqualTo("보팅");
    }

    @Test
    void aCommentsVoteButtonPointsThePanelAtItAndTheVoteGoesToTheComment(FxRobot robot) throws Exception {
        ObjectNode comment = node.comment("bob", "re-first-post", "좋은 글 감사합니다.");
        openPost(robot, Language.ENGLISH, 0);
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
        openPost(robot, Language.ENGLISH, 0);
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
        openPost(robot, Language.KOREAN, 0);
        await(() -> robot.lookup(".reply-vote").tryQuery().isPresent());
        assertThat(robot.lookup(".reply-vote").queryButton().getText()).isEqualTo("보팅 0");
        robot.interact(() -> robot.lookup(".reply-vote").queryButton().fire());
        assertThat(text(robot, "#targetText")).isEqualTo("@bob 님의 댓글에 보팅");
        assertThat(robot.lookup("#onPost").queryButton().getText()).isEqualTo("글에 보팅하기");
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        String text = node instanceof TextField f ? f.getText() : ((javafx.scene.control.Labeled) node).getText();
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
