package org.steemdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.KoreanFont;
import org.steemdesk.ui.Page;
import org.steemdesk.ui.UiSettings;
import org.steemdesk.ui.ViewLoader;

/** The window frame: navigation, top bar, the current page and the status bar. */
public final class MainController {
    private final ViewLoader loader;
    private final UiSettings settings;
    private final Language language;
    private final KoreanFont koreanFont;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);

    @FXML
    private ToggleGroup navigation;
    @FXML
    private ToggleButton feedNav;
    @FXML
    private ToggleButton walletNav;
    @FXML
    private ToggleButton curationNav;
    @FXML
    private ToggleButton keysNav;
    @FXML
    private ToggleButton settingsNav;
    @FXML
    private StackPane content;
    @FXML
    private Label fontNotice;

    public MainController(ViewLoader loader, UiSettings settings, Language language, KoreanFont koreanFont) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.language = Objects.requireNonNull(language, "language");
        this.koreanFont = Objects.requireNonNull(koreanFont, "koreanFont");
    }

    @FXML
    private void initialize() {
        feedNav.setUserData(Page.FEED);
        walletNav.setUserData(Page.WALLET);
        curationNav.setUserData(Page.CURATION);
        keysNav.setUserData(Page.KEYS);
        settingsNav.setUserData(Page.SETTINGS);
        navigation.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // a navigation always has a page selected
            } else {
                settings.pageProperty().set((Page) toggle.getUserData());
            }
        });
        ChangeListener<Page> follow = (obs, old, page) -> show(page);
        settings.pageProperty().addListener(follow);
        // A language switch replaces this whole view: once it has left the window it must stop loading pages.
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                settings.pageProperty().removeListener(follow);
            }
        });
        show(settings.pageProperty().get());
        showFontNoticeIfNeeded();
    }

    private void show(Page page) {
        for (Toggle toggle : navigation.getToggles()) {
            toggle.setSelected(toggle.getUserData() == page);
        }
        content.getChildren().setAll(pages.computeIfAbsent(page, p -> loader.load(p.fxml())));
    }

    // Written in English when Korean is chosen: without the font, a Korean notice would itself be boxes.
    private void showFontNoticeIfNeeded() {
        boolean needed = language == Language.KOREAN && !koreanFont.available();
        fontNotice.setManaged(needed);
        fontNotice.setVisible(needed);
        if (needed) {
            fontNotice.setText(new Messages(Language.ENGLISH).get("font.missing", KoreanFont.PACKAGE));
        }
    }
}
