package org.steemdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard focus for a sheet laid over a page: while the sheet shows, Tab and Shift+Tab cycle among its own controls
 * (the page beneath is covered, so focus there would be invisible, and the window's top bar is not what the sheet
 * asks about); opening moves focus to the sheet's first control, closing gives it back to the control that opened
 * it. JavaFX has no public focus-cycle root, so the sheet wraps focus itself at its first and last control and leaves
 * the steps in between to the scene's own traversal.
 */
public final class SheetFocus {
    private final Parent sheet;
    private Node opener;

    public SheetFocus(Parent sheet) {
        this.sheet = sheet;
        sheet.addEventFilter(KeyEvent.KEY_PRESSED, this::wrap);
    }

    /** Call after the sheet is made visible. */
    public void opened() {
        if (sheet.getScene() == null) {
            return;
        }
        Node owner = sheet.getScene().getFocusOwner();
        if (owner != null && !inside(owner)) {
            opener = owner;
        }
        sheet.applyCss();
        sheet.layout();
        var stops = stops();
        if (!stops.isEmpty() && (owner == null || !inside(owner))) {
            stops.get(0).requestFocus();
        }
    }

    /** Call after the sheet is hidden. */
    public void closed() {
        if (opener != null && opener.isVisible() && !opener.isDisabled() && opener.getScene() == sheet.getScene()) {
            opener.requestFocus();
        }
        opener = null;
    }

    private void wrap(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || sheet.getScene() == null) {
            return;
        }
        var stops = stops();
        if (stops.isEmpty()) {
            return;
        }
        int at = indexOfFocus(stops, sheet.getScene().getFocusOwner());
        if (event.isShiftDown() && at <= 0) {
            stops.get(stops.size() - 1).requestFocus();
            event.consume();
        } else if (!event.isShiftDown() && (at < 0 || at == stops.size() - 1)) {
            stops.get(0).requestFocus();
            event.consume();
        }
    }

    private static int indexOfFocus(List<Node> stops, Node owner) {
        for (Node n = owner; n != null; n = n.getParent()) {
            int at = stops.indexOf(n);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == sheet) {
                return true;
            }
        }
        return false;
    }

    /** The sheet's controls Tab stops at, in scene-graph order (the scene's own traversal order). */
    private List<Node> stops() {
        var stops = new ArrayList<Node>();
        collect(sheet, stops);
        return stops;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            into.add(node);
        }
        // A field's, list's or spinner's own parts are not stops of their own; a pane of controls is gone into.
        if (node instanceof Parent parent && !(node instanceof TextInputControl || node instanceof ListView
                || node instanceof TableView || node instanceof ComboBoxBase || node instanceof Spinner)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
