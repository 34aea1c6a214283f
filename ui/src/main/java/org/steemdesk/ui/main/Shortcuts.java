package org.steemdesk.ui.main;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.steemdesk.ui.Page;

/**
 * The window's keyboard shortcuts: Ctrl+1 to Ctrl+5 open the pages in the navigation's order, Ctrl+R refreshes the
 * page shown, Ctrl+L locks the key vault ({@code Shortcut}: Ctrl, or ⌘ on a Mac).
 *
 * <p>A page refreshes through the button that does it on screen, so the shortcut does exactly what the click does
 * (busy indicator, messages, nothing twice while it runs): the first of the page's refresh buttons that is shown
 * and enabled (the curation page's depends on its tab). A page without one has nothing to refresh.
 */
public final class Shortcuts {
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    /** The ids of each page's refresh buttons, in the order they are tried. */
    private static final Map<Page, List<String>> REFRESH_BUTTONS = Map.of(
            Page.FEED, List.of("#refresh"),
            Page.WALLET, List.of("#refresh"),
            Page.CURATION, List.of("#refreshQueue", "#updateRewards"),
            Page.KEYS, List.of("#recheck"),
            Page.SETTINGS, List.of("#checkNodes"));

    private Shortcuts() {
    }

    /** Ctrl+N for the page that is N-th in the navigation. */
    public static KeyCombination open(Page page) {
        return new KeyCodeCombination(DIGITS.get(page.ordinal()), KeyCombination.SHORTCUT_DOWN);
    }

    /** The page's refresh button that is on screen and enabled, if any. */
    static Optional<ButtonBase> refreshButton(Page page, Parent view) {
        return REFRESH_BUTTONS.getOrDefault(page, List.of()).stream()
                .map(view::lookup)
                .filter(node -> node instanceof ButtonBase && shown(node) && !node.isDisabled())
                .map(ButtonBase.class::cast)
                .findFirst();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
