package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.feed.FeedItem;
import org.steemdesk.ui.feed.FeedRow;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab walks each page in reading order: from the page's first control, every Tab lands on a visible control that is
 * below the previous one, or on the same row (within {@value #ROW} px) to its right, or at the top of a column to its
 * right (a side panel); no visible control is skipped, and a closed sheet or collapsed section is never reached.
 * An open sheet keeps Tab inside itself.
 */
@ExtendWith(ApplicationExtension.class)
class TabOrderTest {
    /** Controls in one row may differ this much in their top edge (a label's baseline, a taller field). */
    private static final double ROW = 12;

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

    private void open(Page page) throws Exception {
        desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT, new KoreanFont(Optional.of("System")),
                List.of(node.url()), VaultFixtures::storeAlice);
        desktop.session.unlock(VaultFixtures.VAULT_PASSWORD.toCharArray()).get(30, TimeUnit.SECONDS);
        await(() -> desktop.session.stateProperty().get() == VaultSession.State.UNLOCKED
                && desktop.session.currentAccountProperty().get() != null);
        desktop.settings.pageProperty().set(page);
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void feed(FxRobot robot) throws Exception {
        open(Page.FEED);
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> !posts.getItems().isEmpty());
        assertReadingOrder(robot, robot.lookup("#feedPane").query());
    }

    @Test
    void postWithItsVotePanel(FxRobot robot) throws Exception {
        open(Page.FEED);
        ListView<FeedRow> posts = robot.lookup("#posts").queryListView();
        await(() -> !posts.getItems().isEmpty());
        String title = ((FeedItem) posts.getItems().get(0)).post().title();
        robot.clickOn(robot.lookup(".feed-title").queryAll().stream()
                .filter(n -> title.equals(((javafx.scene.control.Label) n).getText())).findFirst().orElseThrow());
        await(() -> robot.lookup("#voteButton").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertReadingOrder(robot, robot.lookup("#postPane").query());
    }

    @Test
    void walletAndItsSheet(FxRobot robot) throws Exception {
        open(Page.WALLET);
        await(() -> robot.lookup("#transferAction").tryQuery().map(n -> !n.isDisabled() && n.isVisible())
                .orElse(false));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Node page = robot.lookup("#page").query();
        assertReadingOrder(robot, page);

        robot.interact(() -> robot.lookup("#transferAction").query().requestFocus());
        robot.push(KeyCode.SPACE);
        await(() -> robot.lookup("#sheet").query().isVisible());
        assertThat(isInside(stage.getScene().getFocusOwner(), robot.lookup("#sheet").query()))
                .as("opening the sheet moves focus into it").isTrue();
        List<Node> inSheet = assertReadingOrder(robot, robot.lookup("#sheet").query());
        assertThat(inSheet).as("the sheet's form").isNotEmpty();
        assertThat(stage.getScene().getFocusOwner()).as("focus after the walk").isSameAs(inSheet.get(0));
        assertTrapped(robot, robot.lookup("#sheet").query(), inSheet.size() * 2 + 2);

        robot.interact(() -> {
            ((TextInputControl) robot.lookup("#toField").query()).setText("bob");
            ((TextInputControl) robot.lookup("#amountField").query()).setText("1.000");
            robot.lookup("#review").queryButton().fire();
        });
        await(() -> robot.lookup("#sign").query().isVisible());
        List<Node> confirmation = assertReadingOrder(robot, robot.lookup("#sheet").query());
        assertTrapped(robot, robot.lookup("#sheet").query(), confirmation.size() * 2 + 2);

        robot.interact(() -> robot.lookup("#sheetCancel").queryButton().fire());
        await(() -> !robot.lookup("#sheet").query().isVisible());
        assertThat(stage.getScene().getFocusOwner()).as("closing gives focus back to its opener")
                .isSameAs(robot.lookup("#transferAction").query());
        assertReadingOrder(robot, page);
    }

    @Test
    void curationEachTab(FxRobot robot) throws Exception {
        open(Page.CURATION);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            assertReadingOrder(robot, tabs.getTabs().get(i).getContent());
        }
    }

    @Test
    void keys(FxRobot robot) throws Exception {
        open(Page.KEYS);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Node page = stage.getScene().lookup("#content");
        assertReadingOrder(robot, page);
    }

    @Test
    void keysWhileLocked(FxRobot robot) throws Exception {
        open(Page.KEYS);
        robot.interact(() -> desktop.session.lock());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertReadingOrder(robot, stage.getScene().lookup("#content"));
    }

    /**
     * Focuses the area's first control (top-left) and presses Tab until focus leaves the area; returns the controls
     * reached, checked for reading order, visibility and completeness.
     */
    private List<Node> assertReadingOrder(FxRobot robot, Node area) {
        WaitForAsyncUtils.waitForFxEvents();
        var expected = new ArrayList<Node>();
        collectFocusable(area, expected);
        expected.sort((a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
        assertThat(expected).as("focusable controls in %s", area.getId()).isNotEmpty();
        robot.interact(() -> expected.get(0).requestFocus());
        var reached = new LinkedHashSet<Node>();
        Node focused = stage.getScene().getFocusOwner();
        while (focused != null && isInside(focused, area) && reached.add(focused) && reached.size() < 200) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            focused = stage.getScene().getFocusOwner();
        }
        var order = new ArrayList<>(reached);
        String walk = order.stream().map(TabOrderTest::describe).collect(Collectors.joining("\n  "));
        for (Node n : order) {
            assertThat(showing(n)).as("Tab reached hidden %s; walk:\n  %s", describe(n), walk).isTrue();
        }
        for (int i = 1; i < order.size(); i++) {
            assertThat(follows(order.get(i - 1), order.get(i)))
                    .as("Tab went from %s to %s; walk:\n  %s", describe(order.get(i - 1)), describe(order.get(i)),
                            walk)
                    .isTrue();
        }
        assertThat(order).as("walk:\n  %s", walk).containsExactlyInAnyOrderElementsOf(expected);
        return order;
    }

    /** Tab from the sheet's last control wraps inside the sheet, never to the page beneath. */
    private void assertTrapped(FxRobot robot, Node sheet, int presses) {
        for (int i = 0; i < presses; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            assertThat(isInside(focused, sheet)).as("focus left the open sheet for %s", describe(focused)).isTrue();
        }
    }

    private static void collectFocusable(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        // A toggle group is one stop, its selected toggle (arrow keys move within it).
        boolean otherToggle = node instanceof Toggle toggle && toggle.getToggleGroup() != null
                && toggle.getToggleGroup().getSelectedToggle() != null && !toggle.isSelected();
        if (node instanceof Control && node.isFocusTraversable() && !otherToggle) {
            into.add(node);
        }
        if (node instanceof Parent parent && !(node instanceof Control control && skinHidesChildren(control))) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, into));
        }
    }

    /** A list's, table's or combo's own parts (cells, the editor, scroll bars) are not stops of their own. */
    private static boolean skinHidesChildren(Control control) {
        return control instanceof ListView || control instanceof javafx.scene.control.TableView
                || control instanceof javafx.scene.control.ComboBoxBase || control instanceof javafx.scene.control.TextInputControl
                || control instanceof javafx.scene.control.Spinner || control instanceof javafx.scene.control.ScrollBar;
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds b = bounds(node);
        return b.getWidth() > 0 && b.getHeight() > 0;
    }

    /** {@code b} may come after {@code a}: it is lower, or on a's row to its right, or in a column right of a. */
    private static boolean follows(Node a, Node b) {
        Bounds p = bounds(a);
        Bounds q = bounds(b);
        return q.getMinY() > p.getMinY() + ROW
                || Math.abs(q.getMinY() - p.getMinY()) <= ROW && q.getMinX() > p.getMinX()
                || q.getMinX() >= p.getMaxX();
    }

    private static boolean before(Node a, Node b) {
        Bounds p = bounds(a);
        Bounds q = bounds(b);
        return p.getMinY() < q.getMinY() - ROW || Math.abs(q.getMinY() - p.getMinY()) <= ROW && p.getMinX() < q.getMinX();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        Bounds b = bounds(node);
        String text = node instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return "%s#%s%s at (%.0f, %.0f)".formatted(node.getClass().getSimpleName(), node.getId(), text, b.getMinX(),
                b.getMinY());
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
