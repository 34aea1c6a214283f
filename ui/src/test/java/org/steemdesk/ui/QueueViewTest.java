package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The vote queue's cells: a due vote says plainly that the app is offline, and every cut text has a tooltip. */
class QueueViewTest extends OnlineDesktopTest {

    @Test
    void aDueVoteWhileOfflineSaysSoAndTheCellsCarryTheirWholeTextAsATooltip(FxRobot robot) throws Exception {
        desktop = shown.create(Language.ENGLISH);
        shown.unlock();
        var post = node.firstPost();
        desktop.app.votes().record(VoteRequest.now(AccountName.of("alice"),
                AccountName.of(post.path("author").asText()), Permlink.of(post.path("permlink").asText()), 5000));
        desktop.status.onlineProperty().set(false);
        shown.show(Page.CURATION);
        TableView<?> queue = robot.lookup("#queue").queryTableView();
        await(() -> queue.getItems().size() == 1);
        await(() -> cellStartingWith(robot, "Due, but Steemdesk is offline").isPresent());
        TableCell<?, ?> when = cellStartingWith(robot, "Due, but Steemdesk is offline").orElseThrow();
        assertThat(when.getTooltip()).isNotNull();
        assertThat(when.getTooltip().getText()).isEqualTo(when.getText());
        TableCell<?, ?> postCell = cellStartingWith(robot, "@" + post.path("author").asText() + "/").orElseThrow();
        assertThat(postCell.getTooltip().getText()).contains(post.path("permlink").asText(), "(by @alice)");

        robot.interact(() -> desktop.status.onlineProperty().set(true));
        await(() -> cellStartingWith(robot, "Due now").isPresent());
    }

    private static Optional<TableCell<?, ?>> cellStartingWith(FxRobot robot, String start) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().startsWith(start))
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).findFirst();
    }

    private static void await(BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
