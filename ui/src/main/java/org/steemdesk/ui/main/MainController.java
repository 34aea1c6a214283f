package org.steemdesk.ui.main;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.ui.KoreanFont;
import org.steemdesk.ui.EmojiFont;
import org.steemdesk.ui.Page;
import org.steemdesk.ui.UiSettings;
import org.steemdesk.ui.ViewLoader;
import org.steemdesk.ui.session.VaultSession;

/**
 * The window frame: navigation, top bar (account switcher over the vault's accounts, lock button showing the
 * vault's state), notices (no Korean font, a vault file others could read), the current page and the status bar;
 * and the window's keyboard shortcuts ({@link Shortcuts}).
 */
public final class MainController {
    private final ViewLoader loader;
    private final UiSettings settings;
    private final Messages messages;
    private final KoreanFont koreanFont;
    private final VaultSession session;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);
    private final Map<KeyCombination, Runnable> shortcuts;

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
    private HBox vaultNotice;
    @FXML
    private Label vaultNoticeText;
    @FXML
    private Button vaultNoticeDismiss;
    @FXML
    private HBox emojiNotice;
    @FXML
    private Label emojiNoticeText;
    @FXML
    private Button emojiNoticeDismiss;
    @FXML
    private MenuButton accountSwitcher;
    @FXML
    private Button lockButton;

    public MainController(ViewLoader loader, UiSettings settings, Messages messages, KoreanFont koreanFont,
                          VaultSession session) {
        this.loader = loader;
        this.settings = settings;
        this.messages = messages;
        this.koreanFont = koreanFont;
        this.session = session;
        this.shortcuts = shortcuts();
    }

    @FXML
    private void initialize() {
        feedNav.setUserData(Page.FEED);
        walletNav.setUserData(Page.WALLET);
        curationNav.setUserData(Page.CURATION);
        keysNav.setUserData(Page.KEYS);
        settingsNav.setUserData(Page.SETTINGS);
        for (Toggle toggle : navigation.getToggles()) {
            var button = (ToggleButton) toggle;
            button.setTooltip(new Tooltip(messages.get("nav.tooltip", button.getText(),
                    Shortcuts.open((Page) button.getUserData()).getDisplayText())));
        }
        navigation.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // a navigation always has a page selected
            } else {
                settings.pageProperty().set((Page) toggle.getUserData());
            }
        });
        ChangeListener<Page> follow = (obs, old, page) -> show(page);
        settings.pageProperty().addListener(follow);
        InvalidationListener pageWaits = obs -> show(settings.pageProperty().get());
        settings.pageWaitsProperty().addListener(pageWaits);
        InvalidationListener topBar = obs -> showVaultState();
        session.stateProperty().addListener(topBar);
        session.entries().addListener(topBar);
        session.currentAccountProperty().addListener(topBar);
        // A language switch replaces this whole view: once it has left the window it must stop following, and its
        // shortcuts make way for the new view's.
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                shortcuts.forEach((keys, action) -> old.getAccelerators().remove(keys, action));
            }
            if (scene != null) {
                scene.getAccelerators().putAll(shortcuts);
            } else {
                settings.pageProperty().removeListener(follow);
                settings.pageWaitsProperty().removeListener(pageWaits);
                session.stateProperty().removeListener(topBar);
                session.entries().removeListener(topBar);
                session.currentAccountProperty().removeListener(topBar);
            }
        });
        lockButton.setOnAction(e -> toggleLock());
        showVaultState();
        show(settings.pageProperty().get());
        showFontNoticeIfNeeded();
        showVaultExposure();
        showEmojiNoticeIfNeeded();
    }

    /** Ctrl+1…5 open the pages in the navigation's order, Ctrl+R refreshes the page shown, Ctrl+L locks the vault. */
    private Map<KeyCombination, Runnable> shortcuts() {
        var map = new LinkedHashMap<KeyCombination, Runnable>();
        for (Page page : Page.values()) {
            map.put(Shortcuts.open(page), () -> settings.pageProperty().set(page));
        }
        map.put(Shortcuts.REFRESH, this::refresh);
        map.put(Shortcuts.LOCK, () -> {
            if (session.isUnlocked()) {
                session.lock();
            }
        });
        return map;
    }

    private void refresh() {
        Page page = settings.pageProperty().get();
        Parent view = pages.get(page);
        if (view != null) {
            Shortcuts.refreshButton(page, view).ifPresent(ButtonBase::fire);
        }
    }

    private void show(Page page) {
        for (Toggle toggle : navigation.getToggles()) {
            toggle.setSelected(toggle.getUserData() == page);
        }
        content.getChildren().setAll(settings.pageWaitsProperty().get() ? placeholder()
                : pages.computeIfAbsent(page, p -> loader.load(p.fxml())));
    }

    /** A few grey bars where the page's rows will be, while the page waits (see {@link UiSettings#pageWaitsProperty}). */
    private static Node placeholder() {
        var bars = new VBox();
        bars.getStyleClass().add("page-placeholder");
        for (int i = 0; i < 6; i++) {
            var bar = new Region();
            bar.getStyleClass().add("placeholder-bar");
            bars.getChildren().add(bar);
        }
        return bars;
    }

    private void showVaultState() {
        var state = session.stateProperty().get();
        boolean unlocked = state == VaultSession.State.UNLOCKED;
        // Without a vault there is nothing to unlock: the button says what it leads to, creating one.
        lockButton.setText(switch (state) {
            case ABSENT -> messages.get("keys.create.button");
            case LOCKED -> messages.get("top.unlock");
            case UNLOCKED -> messages.get("top.lock");
        });
        lockButton.setGraphic(new FontIcon(switch (state) {
            case ABSENT -> "fth-shield";
            case LOCKED -> "fth-lock";
            case UNLOCKED -> "fth-unlock";
        }));
        lockButton.getTooltip().setText(switch (state) {
            case ABSENT -> messages.get("top.lock.tooltip.absent");
            case LOCKED -> messages.get("top.lock.tooltip.locked");
            case UNLOCKED -> messages.get("top.lock.tooltip.unlocked", Shortcuts.LOCK.getDisplayText());
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

    /**
     * Unlocked: lock at once. Otherwise the Keys page, with the focus in the field that starts what is needed: the
     * new vault's password when there is no vault yet, else the vault password.
     */
    private void toggleLock() {
        var state = session.stateProperty().get();
        if (state == VaultSession.State.UNLOCKED) {
            session.lock();
            return;
        }
        settings.pageProperty().set(Page.KEYS);
        Parent keys = pages.get(Page.KEYS);
        if (keys == null) {
            return; // the page waits for the first frame (a click in that moment): it opens without the focus
        }
        Node field = keys.lookup(state == VaultSession.State.ABSENT ? "#createPassword"
                : "#unlockPassword");
        if (field != null) {
            field.requestFocus();
        }
    }

    /** A vault file that others could read is told once: until the user dismisses it, or the app closes. */
    private void showVaultExposure() {
        var exposure = session.exposure();
        showNotice(vaultNotice, vaultNoticeDismiss, exposure.isPresent(), session::exposureTold);
        exposure.ifPresent(e -> vaultNoticeText.setText(e.madePrivate()
                ? messages.get("vault.exposure.private", e.path().toString(), e.foundMode())
                : messages.get("vault.exposure.open", e.path().toString(), e.foundMode())));
    }

    /** Without an outline emoji font, emoji in titles, bodies and memos are boxes: the user is told what to install. */
    private void showEmojiNoticeIfNeeded() {
        boolean needed = EmojiFont.toTell();
        showNotice(emojiNotice, emojiNoticeDismiss, needed, EmojiFont::told);
        if (needed) {
            // In English when Korean is chosen but cannot be drawn, as the Korean font notice is.
            boolean hangul = messages.language() != Language.KOREAN || koreanFont.available();
            emojiNoticeText.setText((hangul ? messages : new Messages(Language.ENGLISH))
                    .get("emoji.missing", EmojiFont.PACKAGE));
        }
    }

    /** A notice shown until its button is pressed; {@code told} remembers that for the rest of the run. */
    private static void showNotice(HBox notice, Button dismiss, boolean shown, Runnable told) {
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(shown);
        dismiss.setOnAction(e -> {
            told.run();
            notice.setVisible(false);
        });
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
