package org.steemdesk.cli;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * What the commands of one run share: the terminal, and the application context, built on first use from the
 * global options as parsed (once) and closed when the command is done. Commands never wire services themselves.
 */
final class CommandContext implements AutoCloseable {
    private final Terminal terminal;
    private AppContext app;
    private Messages messages;

    CommandContext(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    Terminal terminal() {
        return terminal;
    }

    /** The application for these global options (the root command's, wherever on the line they were given). */
    AppContext app(GlobalOptions global) {
        if (app == null) {
            app = AppContext.open(global.settings());
        }
        return app;
    }

    /**
     * The application for these global options with a command's own adjustment (the curation runner keeps its vault
     * unlocked while it runs), when it is the first to ask for it.
     */
    AppContext app(GlobalOptions global, UnaryOperator<AppSettings> adjust) {
        if (app == null) {
            app = AppContext.open(adjust.apply(global.settings()));
        }
        return app;
    }

    /**
     * The CLI's texts in the language of {@code --lang}, else the system's (a Korean locale gives Korean). Every
     * message, error and help text a command prints comes from here ({@code cli.*} keys in the i18n bundles).
     */
    Messages messages(GlobalOptions global) {
        if (messages == null) {
            Language language = global.language() == null ? Language.systemDefault()
                    : Language.fromTag(global.language());
            messages = new Messages(language);
        }
        return messages;
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
