package org.steemdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.steemdesk.i18n.Language;

/** The user's interface choices and place, observed by the window so that a change applies at once, without a restart. */
public final class UiSettings {
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.FEED);

    public UiSettings(Language language, Theme theme) {
        this.language = new SimpleObjectProperty<>(this, "language", language);
        this.theme = new SimpleObjectProperty<>(this, "theme", theme);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The screen the user is on, kept when the window is rebuilt in another language. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }
}
