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
    private final OperationErrors operationErrors;
    private final org.steemdesk.ui.feed.OpenPost openPost = new org.steemdesk.ui.feed.OpenPost();
    private final org.steemdesk.ui.session.VoteDispatcher voteDispatcher;

    public ControllerFactory(Messages messages, Formats formats, DesktopContext context) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.context = Objects.requireNonNull(context, "context");
        this.errors = new ErrorMessages(messages);
        this.loader = new ViewLoader(messages, this);
        this.operationErrors = new OperationErrors(messages, errors);
        this.voteDispatcher = new org.steemdesk.ui.session.VoteDispatcher(context.services(), context.session(),
                context.status());
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
        var services = context.services();
        if (type == org.steemdesk.ui.feed.FeedController.class) {
            return new org.steemdesk.ui.feed.FeedController(services, context.session(), openPost, messages, formats,
                    errors, services.images());
        }
        if (type == org.steemdesk.ui.feed.PostController.class) {
            return new org.steemdesk.ui.feed.PostController(services, context.session(), openPost, voteDispatcher,
                    new org.steemdesk.ui.post.PostRenderer(context.links(), services.images(),
                            services.background().ui()), messages, formats, operationErrors);
        }
        if (type == org.steemdesk.ui.wallet.WalletController.class) {
            return new org.steemdesk.ui.wallet.WalletController(services, context.session(), messages, formats,
                    operationErrors);
        }
        if (type == org.steemdesk.ui.curation.CurationController.class) {
            return new org.steemdesk.ui.curation.CurationController(services, context.session(), voteDispatcher,
                    context.status(), messages, formats, operationErrors);
        }
        throw new IllegalArgumentException("no controller " + type.getName());
    }
}
