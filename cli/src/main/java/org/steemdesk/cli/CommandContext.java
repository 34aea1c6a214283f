package org.steemdesk.cli;

import java.util.Objects;
import org.steemdesk.app.AppContext;

/**
 * What the commands of one run share: the terminal, and the application context, built on first use from the
 * global options as parsed (once) and closed when the command is done. Commands never wire services themselves.
 */
final class CommandContext implements AutoCloseable {
    private final Terminal terminal;
    private AppContext app;

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

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
