package org.steemdesk.ui.keys;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The keys page: its sections are views of their own; this wires what one section's outcome means for another.
 * Once the vault is created or unlocked, the focus moves on to what the user needs next: the stored keys, or
 * adding the first account, scrolled into view (a focus moved by the program does not scroll by itself).
 */
public final class KeysController {
    /** Room left above the field scrolled to, so its section's heading shows too. */
    private static final double MARGIN = 48;

    @FXML private ScrollPane page;
    @FXML private VaultController vaultViewController;
    @FXML private AccountsController accountsViewController;
    @FXML private AddAccountController addAccountViewController;
    @FXML private PasswordChangeController passwordChangeViewController;

    @FXML
    private void initialize() {
        accountsViewController.onChangePassword(passwordChangeViewController::open);
        vaultViewController.onReady(() -> {
            if (!accountsViewController.focusTable()) {
                addAccountViewController.focusFirstField();
            }
            if (page.getScene() != null && page.getScene().getFocusOwner() != null) {
                reveal(page.getScene().getFocusOwner());
            }
        });
        // Wherever the focus goes on this page (a refused password selected for retyping, a message that pushed the
        // field down, Tab), the field stays in view: a ScrollPane does not follow the focus by itself. One listener,
        // on the scene only while the page is in it: the page leaves the scene at every switch to another page, and a
        // listener added at each return piled up (one more per visit, each laying the page out on every focus change).
        ChangeListener<Node> follow = (f, before, now) -> {
            if (now != null) {
                Platform.runLater(() -> reveal(now));
            }
        };
        page.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    /** Scrolls the page so the node shows, if it is on the page and not already wholly in view. */
    private void reveal(Node node) {
        Node content = page.getContent();
        page.applyCss();
        page.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = page.getViewportBounds().getHeight();
        if (contentHeight <= viewport || !isOnPage(node, content)) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = (contentHeight - viewport) * page.getVvalue();
        if (bounds.getMinY() >= top && bounds.getMaxY() <= top + viewport) {
            return;
        }
        double wanted = Math.max(0, bounds.getMinY() - MARGIN);
        page.setVvalue(Math.min(1, wanted / (contentHeight - viewport)));
    }

    private static boolean isOnPage(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
