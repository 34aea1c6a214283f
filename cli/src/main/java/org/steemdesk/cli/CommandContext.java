package org.steemdesk.cli;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/**
 * What the commands of one run share: the terminal, and the application context, built on first use from the
 * global options as parsed (once) and closed when the command is done. Commands never wire services themselves.
 */
final class CommandContext implements AutoCloseable {
    private final Terminal terminal;
    private AppContext app;
    private GlobalOptions global;
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
            this.global = global;
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

    /** The run's vault, unlocked (or created) with a password asked in the CLI's language. */
    VaultAccess vault(GlobalOptions global) {
        return new VaultAccess(app(global), terminal, messages(global));
    }

    /** The texts for usage help: as {@link #messages}, or the system's language when {@code --lang} is not one. */
    Messages helpMessages(GlobalOptions global) {
        try {
            return messages(global);
        } catch (IllegalArgumentException badLanguage) {
            return new Messages(Language.systemDefault());
        }
    }

    /** Which node failed and how, in the CLI's language, with the limits these options give the nodes. */
    NodeProblemText nodeProblems(GlobalOptions global) {
        return new NodeProblemText(messages(global), global.settings().nodePolicy().limits());
    }

    /** Dates and numbers as readers of the CLI's language write them, in this computer's time zone. */
    Formats formats(GlobalOptions global) {
        return new Formats(messages(global), ZoneId.systemDefault());
    }

    /**
     * Closes the application. A vault that other users of this computer could read was made private when it was
     * opened: the user hears it once, here, whatever the command did.
     */
    @Override
    public void close() {
        if (app == null) {
            return;
        }
        try {
            app.keys().exposure().ifPresent(exposure -> terminal.err().println("steemdesk: " + (exposure.madePrivate()
                    ? messages(global).get("cli.vault.exposed.private", exposure.path(), exposure.foundMode())
                    : messages(global).get("cli.vault.exposed.public", exposure.path(), exposure.foundMode()))));
        } finally {
            app.close();
        }
    }
}
