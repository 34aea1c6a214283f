package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.feed.FeedRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A post closed with "back" leaves nothing of itself behind: its body, its comments and their vote lines become
 * garbage (issue 15: the desktop idles for hours, reading post after post; a closed post's nodes and images must
 * not stay until the next post is opened, nor pile up).
 */
@ExtendWith(ApplicationExtension.class)
class ClosedPostTest {
    @RegisterExtension
    final ShownDesktop shown = ShownDesktop.online();

    @Test
    @Disabled("issue 15, not fixed yet: with the comments' vote lines and pending image downloads no longer holding"
            + " the closed body, a heap dump (CLOSED_POST_DUMP=/tmp/x.hprof) shows one path left, inside JavaFX: the"
            + " body holder's render peer keeps the removed body in its 'removed' list (NGGroup, emptied by clearDirty"
            + " on a later render), which had not happened here with the post pane hidden; the next post opened"
            + " replaces it, so it is bounded to one post")
    void aClosedPostsNodesAreCollectable(FxRobot robot) throws Exception {
        shown.open(Language.ENGLISH, Page.FEED);
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> !posts.getItems().isEmpty());
        await(() -> robot.lookup(".feed-title").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".feed-title").<Node>query());
        // The node's thread shown (its comments built), not only the listing's quick copy.
        try {
            await(() -> robot.lookup("#voteButton").tryQuery().map(Node::isVisible).orElse(false)
                    && !robot.lookup("#postBusy").query().isVisible() && robot.lookup(".post-scroll").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("vote " + robot.lookup("#voteButton").tryQuery().map(Node::isVisible)
                    + " busy " + robot.lookup("#postBusy").tryQuery().map(Node::isVisible)
                    + " post " + robot.lookup(".post-scroll").tryQuery().isPresent()
                    + " back " + robot.lookup("#back").tryQuery().map(Node::isVisible), e);
        }
        var body = new WeakReference<Node>(robot.lookup(".post-scroll").query());
        var reply = new WeakReference<Node>(robot.lookup(".reply").tryQuery().orElse(null));

        // Clicked as a user does: the pointer leaves the body (a scene keeps the nodes under the pointer).
        robot.clickOn("#back");
        await(() -> robot.lookup(".post-scroll").tryQuery().isEmpty());

        if (!collected(body) && System.getenv("CLOSED_POST_DUMP") != null) {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(System.getenv("CLOSED_POST_DUMP"), true);
        }
        assertThat(collected(body)).as("the closed post's body").isTrue();
        assertThat(collected(reply)).as("a closed post's comment").isTrue();
    }

    /** Whether the referent goes with garbage collections (a few, with FX pulses between them). */
    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 40 && ref.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
        return ref.get() == null;
    }

    private static void await(BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
