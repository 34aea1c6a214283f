package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wallet page's account-guard banner and its "pending and unclear" list, against the loopback node: a route set
 * by someone else shows with its remedy (which opens the sheet on exactly the operation that removes it) and can be
 * dismissed; a transfer whose outcome is unclear is listed until "settle now" finds it on chain.
 */
class WalletPageTest extends OnlineDesktopTest {

    WalletPageTest() {
        node.noAccountChanges();
    }

    private void open(Language language, boolean guardSnapshot) throws Exception {
        desktop = shown.create(language);
        if (guardSnapshot) {
            desktop.app.guard().check(VaultFixtures.ALICE); // the first pass only takes the snapshot
        }
        shown.unlock();
        shown.show(Page.WALLET);
    }

    @Test
    void aRouteSetBySomeoneElseShowsWithItsRemedyWhichEndsTheAlert(FxRobot robot) throws Exception {
        // The snapshot is taken before the route is set; the page's own pass finds it.
        open(Language.ENGLISH, true);
        node.answer("condenser_api.get_withdraw_routes", route("bob", 2500));
        robot.interact(() -> robot.lookup("#refresh").queryButton().fire());
        await(() -> robot.lookup("#guardBanner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(labels(robot)).anyMatch(t -> t.startsWith("A power-down route to @bob was added: 25"));

        Button remedy = robot.lookup(".guard-remedy").queryButton();
        assertThat(remedy.getText()).isEqualTo("Remove the route to @bob");
        robot.interact(remedy::fire);
        await(() -> robot.lookup("#confirm").query().isVisible()
                && !((TextArea) robot.lookup("#operationsJson").query()).getText().isEmpty(),
                () -> text(robot, "#sheetMessage"));
        assertThat(robot.lookup("#sheetTitle").queryLabeled().getText()).isEqualTo("Remove the route to @bob");
        assertThat(((TextArea) robot.lookup("#operationsJson").query()).getText().replaceAll("\\s", "")).isEqualTo(
                "[[\"set_withdraw_vesting_route\",{\"from_account\":\"alice\",\"to_account\":\"bob\","
                        + "\"percent\":0,\"auto_vest\":false}]]");
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();
        robot.interact(() -> robot.lookup("#sign").queryButton().fire());
        // Once the removal is in a block the alert it remedies is done: the banner goes.
        await(() -> !robot.lookup("#guardBanner").query().isVisible());
        assertThat(node.received(TestNode.BROADCAST)).hasSize(1);
        // (The loopback node keeps no history, so the removal's own alert would not be recognised as ours here.)
    }

    @Test
    void anAlertCanBeDismissed(FxRobot robot) throws Exception {
        open(Language.ENGLISH, true);
        node.answer("condenser_api.get_withdraw_routes", route("bob", 2500));
        robot.interact(() -> robot.lookup("#refresh").queryButton().fire());
        await(() -> robot.lookup("#guardBanner").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> robot.lookup(".guard-dismiss").queryButton().fire());
        await(() -> !robot.lookup("#guardBanner").query().isVisible());
        robot.interact(() -> robot.lookup("#refresh").queryButton().fire());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        await(() -> !robot.lookup("#guardBanner").query().isVisible());
    }

    @Test
    void theBannerSpeaksKorean(FxRobot robot) throws Exception {
        open(Language.KOREAN, true);
        node.answer("condenser_api.get_withdraw_routes", route("thief", 10000));
        robot.interact(() -> robot.lookup("#refresh").queryButton().fire());
        await(() -> robot.lookup("#guardBanner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(labels(robot)).anyMatch(t -> t.startsWith("@thief(으)로 가는 파워다운 경로가 추가되었습니다"));
        assertThat(robot.lookup(".guard-remedy").queryButton().getText()).isEqualTo("@thief(으)로 가는 경로 지우기");
    }

    @Test
    void aTransferWithAnUnclearOutcomeIsListedUntilSettled(FxRobot robot) throws Exception {
        open(Language.ENGLISH, false);
        assertThat(robot.lookup("#pendingSection").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#transferAction").queryButton().fire());
        robot.interact(() -> {
            ((TextInputControl) robot.lookup("#toField").query()).setText("bob");
            ((TextInputControl) robot.lookup("#amountField").query()).setText("1.000");
            robot.lookup("#review").queryButton().fire();
        });
        await(() -> robot.lookup("#sign").query().isVisible() && !robot.lookup("#sign").query().isDisabled(),
                () -> text(robot, "#sheetMessage"));
        node.reply(TestNode.BROADCAST, Reply.status(503, "busy"));
        robot.interact(() -> robot.lookup("#sign").queryButton().fire());
        await(() -> robot.lookup("#pendingSection").query().isVisible());
        assertThat(labels(robot)).contains("Transfer").anyMatch(t -> t.startsWith("Sent, outcome unclear"));
        robot.interact(() -> robot.lookup("#sheetCancel").queryButton().fire());

        node.acceptBroadcasts();
        robot.interact(() -> robot.lookup("#settleNow").queryButton().fire());
        await(() -> text(robot, "#pendingMessage").startsWith("Settled: 1 on chain"));
        assertThat(labels(robot)).noneMatch(t -> t.startsWith("Sent, outcome unclear"));
        assertThat(desktop.app.outbox().unsettled()).isEmpty();
    }

    private static ArrayNode route(String to, int percent) {
        ArrayNode list = SteemJson.mapper().createArrayNode();
        list.addObject().put("id", 1).put("from_account", "alice").put("to_account", to).put("percent", percent)
                .put("auto_vest", false);
        return list;
    }

    private static List<String> labels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".label").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup(query).queryLabeled().getText();
        return text == null ? "" : text;
    }

    /** Waits, and says what the page said when the wait ran out. */
    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> said) {
        try {
            await(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the page said: " + said.get(), e);
        }
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
