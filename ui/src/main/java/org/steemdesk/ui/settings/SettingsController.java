package org.steemdesk.ui.settings;

import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.Theme;
import org.steemdesk.ui.UiSettings;

/** Language and theme; both apply at once. */
public final class SettingsController {
    private final UiSettings settings;

    @FXML
    private ToggleGroup language;
    @FXML
    private RadioButton korean;
    @FXML
    private RadioButton english;
    @FXML
    private ToggleGroup theme;
    @FXML
    private RadioButton light;
    @FXML
    private RadioButton dark;

    public SettingsController(UiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
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
    }
}
