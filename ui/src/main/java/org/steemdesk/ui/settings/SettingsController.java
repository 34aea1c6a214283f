package org.steemdesk.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.LinkOpener;
import org.steemdesk.ui.Theme;
import org.steemdesk.ui.UiSettings;

/**
 * The settings page: language and theme (both apply at once) and the data directory; the node list and the
 * automatic claiming of rewards are sections of their own ({@link NodesController}, {@link AutoClaimController}).
 */
public final class SettingsController {
    private final UiSettings settings;
    private final Path dataDirectory;
    private final LinkOpener links;

    @FXML private ToggleGroup language;
    @FXML private RadioButton korean;
    @FXML private RadioButton english;
    @FXML private ToggleGroup theme;
    @FXML private RadioButton light;
    @FXML private RadioButton dark;
    @FXML private TextField dataDir;
    @FXML private Button openDataDir;

    public SettingsController(UiSettings settings, Path dataDirectory, LinkOpener links) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.links = Objects.requireNonNull(links, "links");
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
    }
}
