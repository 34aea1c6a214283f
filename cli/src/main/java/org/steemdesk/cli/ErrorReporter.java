package org.steemdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.chain.rpc.RequestLimits;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.KeystoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * One clear line on stderr and a non-zero exit code; the stack trace only with --debug. What the app reports as kinds
 * (a node that failed and how, an unsettled equal transaction, a damaged vault) is said in the user's language; any
 * other failure by its message. Secrets typed by mistake are removed from every line and trace ({@link Redaction}).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final CommandContext context;

    ErrorReporter(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        Terminal terminal = context.terminal();
        GlobalOptions global = global(cmd);
        String[] args = parseResult == null ? null : parseResult.originalArgs().toArray(String[]::new);
        terminal.out().flush();
        terminal.err().println("steemdesk: " + Redaction.redact(describe(e, global), args));
        if (global != null && global.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            terminal.err().print(Redaction.redact(trace.toString(), args));
        }
        return e instanceof ParameterException ? USAGE : FAILED;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Terminal terminal = context.terminal();
        Messages messages = HelpTexts.of(e.getCommandLine()).messages();
        terminal.err().println("steemdesk: " + Redaction.redact(parseError(e, messages), args));
        terminal.err().println(messages.get("cli.usage.tryHelp"));
        return USAGE;
    }

    /**
     * What picocli found wrong with the command line. In English picocli's own text (scripts and users know it); in
     * Korean the common mistakes (a missing option, an unknown argument, a bad value) with the names as typed.
     */
    private static String parseError(ParameterException e, Messages messages) {
        if (e.getCause() instanceof CliError mistake) {
            return mistake.describe(messages);
        }
        if (messages.language() == Language.ENGLISH) {
            return e.getMessage();
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            String names = missing.getMissing().stream().map(ErrorReporter::name).collect(Collectors.joining(", "));
            return messages.get("cli.usage.missing", names);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String names = unmatched.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
            return messages.get("cli.usage.unknown", names);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.get("cli.usage.invalid", name(e.getArgSpec()), e.getValue());
        }
        return e.getMessage();
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return "'" + (arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel())
                + "'";
    }

    private String describe(Throwable failure, GlobalOptions global) {
        Throwable e = failure;
        // A parallel stream rethrows a worker's exception as a copy of it whose message is the original's toString().
        while (e.getCause() != null && e.getCause().getClass() == e.getClass()) {
            e = e.getCause();
        }
        if (global != null) {
            Optional<String> translated = translated(e, global);
            if (translated.isPresent()) {
                return translated.get();
            }
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The kinds the app reports, in the user's language; empty for anything else. */
    private Optional<String> translated(Throwable e, GlobalOptions global) {
        Messages messages = context.messages(global);
        NodeProblemText nodes = new NodeProblemText(messages, limits(global));
        Optional<CliError> mistake = find(e, CliError.class);
        if (mistake.isPresent()) {
            return Optional.of(mistake.get().describe(messages));
        }
        Optional<WalletException> wallet = find(e, WalletException.class);
        if (wallet.isPresent()) {
            return new WalletErrorText(messages, nodes, context.formats(global)).describe(wallet.get())
                    .or(() -> new WalletRefusals(messages).describe(wallet.get()));
        }
        Optional<KeystoreException> keystore = find(e, KeystoreException.class);
        if (keystore.isPresent()) {
            return vault(keystore.get(), messages);
        }
        Optional<NothingCachedException> nothing = find(e, NothingCachedException.class);
        if (nothing.isPresent()) {
            return Optional.of(offline(nothing.get(), messages, nodes));
        }
        Optional<NodeUnreachableException> unreachable = find(e, NodeUnreachableException.class);
        if (unreachable.isPresent()) {
            return Optional.of(messages.get("cli.offline", nodes.describe(unreachable.get().problem())));
        }
        Optional<NodeProblem> problem = NodeProblem.of(e);
        return problem.map(p -> messages.get("cli.offline", nodes.describe(problem)));
    }

    private static String offline(NothingCachedException e, Messages messages, NodeProblemText nodes) {
        String why = nodes.describe(e.problem());
        return switch (e.subject()) {
            case ACCOUNT -> messages.get("cli.offline.ACCOUNT", e.name(), why);
            case POST -> messages.get("cli.offline.POST", e.name(), why);
            case FEED -> e.tag().isEmpty() ? messages.get("cli.offline.FEED", e.name(), why)
                    : messages.get("cli.offline.FEED.tag", e.name(), e.tag(), why);
        };
    }

    /** A damaged vault says so in every command, never as a missing key. */
    private static Optional<String> vault(KeystoreException e, Messages messages) {
        return Optional.ofNullable(switch (e.reason()) {
            case WRONG_PASSWORD -> messages.get("cli.vault.WRONG_PASSWORD");
            case VAULT_DAMAGED -> messages.get("cli.vault.VAULT_DAMAGED");
            case VAULT_HEADER_DAMAGED -> messages.get("cli.vault.VAULT_HEADER_DAMAGED");
            case DISK_FULL -> messages.get("cli.vault.DISK_FULL");
            default -> null;
        });
    }

    /** The limits the nodes were given (the silence and size a message quotes); a bad option gives the defaults. */
    private static RequestLimits limits(GlobalOptions global) {
        try {
            return global.settings().nodePolicy().limits();
        } catch (IllegalArgumentException badOption) {
            return AppSettings.NODE_POLICY.limits();
        }
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static GlobalOptions global(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof SteemdeskCommand steemdesk ? steemdesk.global : null;
    }
}
