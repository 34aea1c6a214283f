package org.steemdesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "steemdesk", mixinStandardHelpOptions = true, versionProvider = SteemdeskCommand.Version.class,
        subcommands = {TxCommand.class, KeysCommand.class, VaultCommand.class, MemoCommand.class,
                AccountCommand.class, FeedCommand.class, PostCommand.class, VoteCommand.class, QueueCommand.class,
                HistoryCommand.class, NodesCommand.class, TransferCommand.class, PowerUpCommand.class,
                PowerDownCommand.class, DelegateCommand.class, ClaimCommand.class, SavingsCommand.class,
                CurationCommand.class, CurateCommand.class, RewardsCommand.class, OutboxCommand.class,
                ConvertCommand.class, ConversionsCommand.class, WitnessCommand.class, RecoveryCommand.class,
                DelegationsCommand.class, WatchCommand.class})
public final class SteemdeskCommand implements Callable<Integer> {
    private final DesktopLauncher desktop;

    @Mixin
    GlobalOptions global;

    SteemdeskCommand(DesktopLauncher desktop) {
        this.desktop = desktop;
    }

    /** No command: the desktop app, with the global options given (a bad --lang is reported before a window). */
    @Override
    public Integer call() {
        Optional<Language> language = Optional.ofNullable(global.language()).map(Language::fromTag);
        return desktop.open(global.settings(), language);
    }

    /** Runs the CLI without a desktop app: no command is a usage error. */
    public static int run(String[] args, Terminal terminal) {
        return run(args, terminal, (settings, language) -> {
            terminal.err().println("steemdesk: " + new Messages(language.orElseGet(Language::systemDefault))
                    .get("cli.usage.no_command"));
            return ErrorReporter.USAGE;
        });
    }

    /**
     * Runs a command, or the desktop app when there is none, and returns the process exit code: 0 ok, 1 failed,
     * 2 bad usage.
     */
    public static int run(String[] args, Terminal terminal, DesktopLauncher desktop) {
        try (CommandContext context = new CommandContext(terminal)) {
            try {
                return commandLine(context, desktop).execute(args);
            } finally {
                terminal.out().flush();
            }
        }
    }

    /** The whole command tree of one run, with its help, output, error reporting and execution strategy. */
    static CommandLine commandLine(CommandContext context, DesktopLauncher desktop) {
        SteemdeskCommand root = new SteemdeskCommand(desktop);
        CommandLine cli = new CommandLine(root, new CommandFactory(context));
        CommandHelp.install(cli, () -> context.helpMessages(root.global));
        cli.setOut(new PrintWriter(context.terminal().out(), true));
        cli.setErr(new PrintWriter(context.terminal().err(), true));
        cli.setExecutionStrategy(new OutboxFirst(context));
        cli.setExecutionExceptionHandler(new ErrorReporter(context));
        cli.setParameterExceptionHandler(new ErrorReporter(context));
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SteemdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"steemdesk " + (version == null ? "development build" : version)};
        }
    }
}
