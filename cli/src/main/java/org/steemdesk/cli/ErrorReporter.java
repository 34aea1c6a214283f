package org.steemdesk.cli;

import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** One clear line on stderr and a non-zero exit code; the stack trace only with --debug. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Terminal terminal;

    ErrorReporter(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        terminal.out().flush();
        terminal.err().println("steemdesk: " + localized(e, cmd));
        if (debug(cmd)) {
            e.printStackTrace(terminal.err());
        }
        return e instanceof ParameterException ? USAGE : FAILED;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        terminal.err().println("steemdesk: " + e.getMessage());
        terminal.err().println("Try 'steemdesk --help' for more information.");
        return USAGE;
    }

    /** A wallet refusal in the language of --lang (else the system's) where a translated text exists. */
    private static String localized(Exception e, CommandLine cmd) {
        if (e instanceof WalletException refusal) {
            Object root = cmd.getCommandSpec().root().userObject();
            String tag = root instanceof SteemdeskCommand steemdesk ? steemdesk.global.language() : null;
            try {
                Language language = tag == null ? Language.systemDefault() : Language.fromTag(tag);
                return new WalletRefusals(new Messages(language)).describe(refusal).orElseGet(() -> describe(e));
            } catch (IllegalArgumentException badLanguage) {
                return describe(e);
            }
        }
        return describe(e);
    }

    private static String describe(Throwable e) {
        // A parallel stream rethrows a worker's exception as a copy of it whose message is the original's toString().
        while (e.getCause() != null && e.getCause().getClass() == e.getClass()) {
            e = e.getCause();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean debug(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof SteemdeskCommand steemdesk && steemdesk.global.debug();
    }
}
