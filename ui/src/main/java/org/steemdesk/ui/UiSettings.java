package org.steemdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.steemdesk.i18n.Language;

/** The user's interface choices and place, observed by the window so that a change applies at once, without a restart. */
public final class UiSettings {
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.FEED);
    private final BooleanProperty pageWaits = new SimpleBooleanProperty(this, "pageWaits");

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

    /**
     * While true, the window's frame shows a placeholder where the page goes, and the page's view is not built: the
     * desktop sets it for the window's first frame (the frame drawn before the page's FXML, CSS and layout) and
     * clears it right after. False unless set, so a window built after that (or in a test) shows its page at once.
     */
    public BooleanProperty pageWaitsProperty() {
        return pageWaits;
    }
}
