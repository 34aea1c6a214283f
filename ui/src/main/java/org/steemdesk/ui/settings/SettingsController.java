package org.steemdesk.ui.settings;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.LinkOpener;
import org.steemdesk.ui.Page;
import org.steemdesk.ui.Theme;
import org.steemdesk.ui.UiSettings;
import org.steemdesk.ui.main.Shortcuts;

/**
 * The settings page: language and theme (both apply at once), the keyboard shortcuts, the data directory and what
 * this program is; the node list and the
 * automatic claiming of rewards are sections of their own ({@link NodesController}, {@link AutoClaimController}).
 */
public final class SettingsController {
    private final UiSettings settings;
    private final Path dataDirectory;
    private final LinkOpener links;
    private final Messages messages;

    @FXML private ToggleGroup language;
    @FXML private RadioButton korean;
    @FXML private RadioButton english;
    @FXML private ToggleGroup theme;
    @FXML private RadioButton light;
    @FXML private RadioButton dark;
    @FXML private TextField dataDir;
    @FXML private Button openDataDir;
    @FXML private GridPane shortcutList;
    @FXML private Label about;

    public SettingsController(UiSettings settings, Path dataDirectory, LinkOpener links, Messages messages) {
        this.settings = settings;
        this.dataDirectory = dataDirectory;
        this.links = links;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        korean.setUserData(Language.KOREAN);
        english.setUserData(Language.ENGLISH);
        light.setUserData(Theme.LIGHT);
        dark.setUserData(Theme.DARK);
        (settings.languageProperty().get() == Language.KOREAN ? korean : english).setSelected(true);
        (settings.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        // The language change rebuilds this view, so it is applied after the current event has finished.
        language.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                Platform.runLater(
                        () -> settings.languageProperty().set((Language) toggle.getUserData()));
            }
        });
        theme.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                settings.themeProperty().set((Theme) toggle.getUserData());
            }
        });
        dataDir.setText(dataDirectory.toString());
        openDataDir.setOnAction(e -> links.open(dataDirectory.toUri()));
        showShortcuts();
        String version = SettingsController.class.getPackage().getImplementationVersion();
        about.setText(messages.get("settings.about.text", messages.get("app.title"),
                version == null ? messages.get("settings.about.devVersion") : version));
    }

    /** The window's shortcuts, one a row: the keys, then what they do (the pages by their navigation names). */
    private void showShortcuts() {
        int row = 0;
        for (Page page : Page.values()) {
            addShortcut(row++, Shortcuts.open(page), messages.get("shortcut.open", messages.get(page.nameKey())));
        }
        addShortcut(row++, Shortcuts.REFRESH, messages.get("shortcut.refresh"));
        addShortcut(row, Shortcuts.LOCK, messages.get("shortcut.lock"));
    }

    /** The keys are drawn as a key cap; they read the same in every language, so they are no label to translate. */
    private void addShortcut(int row, KeyCombination keys, String action) {
        var text = new Text(keys.getDisplayText());
        text.getStyleClass().add("shortcut-text");
        var cap = new StackPane(text);
        cap.getStyleClass().add("shortcut-keys");
        cap.setMaxWidth(Region.USE_PREF_SIZE);
        shortcutList.addRow(row, cap, new Label(action));
    }
}
