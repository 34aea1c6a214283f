package org.steemdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.ui.KoreanFont;
import org.steemdesk.ui.Page;
import org.steemdesk.ui.UiSettings;
import org.steemdesk.ui.ViewLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * The window frame: navigation, top bar (account switcher over the vault's accounts, lock button showing the
 * vault's state), the current page and the status bar.
 */
public final class MainController {
    private final ViewLoader loader;
    private final UiSettings settings;
    private final Messages messages;
    private final KoreanFont koreanFont;
    private final VaultSession session;
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
    @FXML
    private MenuButton accountSwitcher;
    @FXML
    private Button lockButton;

    public MainController(ViewLoader loader, UiSettings settings, Messages messages, KoreanFont koreanFont,
                          VaultSession session) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.koreanFont = Objects.requireNonNull(koreanFont, "koreanFont");
        this.session = Objects.requireNonNull(session, "session");
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
        InvalidationListener topBar = obs -> showVaultState();
        session.stateProperty().addListener(topBar);
        session.entries().addListener(topBar);
        session.currentAccountProperty().addListener(topBar);
        // A language switch replaces this whole view: once it has left the window it must stop following.
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                settings.pageProperty().removeListener(follow);
                session.stateProperty().removeListener(topBar);
                session.entries().removeListener(topBar);
                session.currentAccountProperty().removeListener(topBar);
            }
        });
        lockButton.setOnAction(e -> toggleLock());
        showVaultState();
        show(settings.pageProperty().get());
        showFontNoticeIfNeeded();
    }

    private void show(Page page) {
        for (Toggle toggle : navigation.getToggles()) {
            toggle.setSelected(toggle.getUserData() == page);
        }
        content.getChildren().setAll(pages.computeIfAbsent(page, p -> loader.load(p.fxml())));
    }

    private void showVaultState() {
        var state = session.stateProperty().get();
        boolean unlocked = state == VaultSession.State.UNLOCKED;
        lockButton.setText(unlocked ? messages.get("top.lock") : messages.get("top.unlock"));
        lockButton.setGraphic(new FontIcon(unlocked ? "fth-unlock" : "fth-lock"));
        lockButton.getTooltip().setText(switch (state) {
            case ABSENT -> messages.get("top.lock.tooltip.absent");
            case LOCKED -> messages.get("top.lock.tooltip.locked");
            case UNLOCKED -> messages.get("top.lock.tooltip.unlocked");
        });
        lockButton.getStyleClass().remove("unlocked");
        if (unlocked) {
            lockButton.getStyleClass().add("unlocked");
        }
        var accounts = session.switchableAccounts();
        AccountName current = session.currentAccountProperty().get();
        accountSwitcher.setText(current == null ? messages.get("top.account.none")
                : messages.get("account.handle", current.value()));
        accountSwitcher.setDisable(accounts.isEmpty());
        accountSwitcher.getItems().setAll(accounts.stream().map(this::accountItem).toList());
    }

    private MenuItem accountItem(AccountName account) {
        var item = new MenuItem(messages.get("account.handle", account.value()));
        item.setOnAction(e -> session.currentAccountProperty().set(account));
        return item;
    }

    /** Unlocked: lock at once. Otherwise the Keys page, where the vault is created or unlocked. */
    private void toggleLock() {
        if (session.stateProperty().get() == VaultSession.State.UNLOCKED) {
            session.lock();
        } else {
            settings.pageProperty().set(Page.KEYS);
        }
    }

    // Written in English when Korean is chosen: without the font, a Korean notice would itself be boxes.
    private void showFontNoticeIfNeeded() {
        boolean needed = messages.language() == Language.KOREAN && !koreanFont.available();
        fontNotice.setManaged(needed);
        fontNotice.setVisible(needed);
        if (needed) {
            fontNotice.setText(new Messages(Language.ENGLISH).get("font.missing", KoreanFont.PACKAGE));
        }
    }
}
