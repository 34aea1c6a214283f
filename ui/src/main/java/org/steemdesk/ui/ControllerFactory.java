package org.steemdesk.ui;

import java.util.Objects;
import javafx.util.Callback;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.keys.KeysController;
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
    private final DesktopContext context;
    private final ErrorMessages errors;
    private final ViewLoader loader;

    public ControllerFactory(Messages messages, Formats formats, DesktopContext context) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.context = Objects.requireNonNull(context, "context");
        this.errors = new ErrorMessages(messages);
        this.loader = new ViewLoader(messages, this);
    }

    public ViewLoader loader() {
        return loader;
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainController.class) {
            return new MainController(loader, context.settings(), messages, context.koreanFont(), context.session());
        }
        if (type == StatusBarController.class) {
            return new StatusBarController(messages, formats, context.status());
        }
        if (type == SettingsController.class) {
            return new SettingsController(context.settings(), context.services(), messages, formats, context.links());
        }
        if (type == KeysController.class) {
            return new KeysController(context.session(), context.services(), messages, errors);
        }
        throw new IllegalArgumentException("no controller " + type.getName());
    }
}
