package org.steemdesk.ui;

import java.util.Objects;
import javafx.util.Callback;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.main.MainController;
import org.steemdesk.ui.main.StatusBarController;
import org.steemdesk.ui.settings.SettingsController;

/**
 * Builds every controller with its dependencies passed to the constructor, for one language. A new factory is made
 * when the language changes, so controllers never hold texts of the previous language.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Messages messages;
    private final Formats formats;
    private final UiSettings settings;
    private final StatusModel status;
    private final KoreanFont koreanFont;
    private final ViewLoader loader;

    public ControllerFactory(Messages messages, Formats formats, UiSettings settings, StatusModel status,
                             KoreanFont koreanFont) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.status = Objects.requireNonNull(status, "status");
        this.koreanFont = Objects.requireNonNull(koreanFont, "koreanFont");
        this.loader = new ViewLoader(messages, this);
    }

    public ViewLoader loader() {
        return loader;
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainController.class) {
            return new MainController(loader, settings, messages.language(), koreanFont);
        }
        if (type == StatusBarController.class) {
            return new StatusBarController(messages, formats, status);
        }
        if (type == SettingsController.class) {
            return new SettingsController(settings);
        }
        throw new IllegalArgumentException("no controller " + type.getName());
    }
}
