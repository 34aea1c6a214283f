package org.steemdesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command; its commands are added by {@link CommandIndex}, only those a line needs. */
@Command(name = "steemdesk", mixinStandardHelpOptions = true, versionProvider = SteemdeskCommand.Version.class)
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
                return commandLine(context, desktop, args).execute(args);
            } finally {
                terminal.out().flush();
            }
        }
    }

    /** The whole command tree, with its help, output, error reporting and execution strategy. */
    static CommandLine commandLine(CommandContext context, DesktopLauncher desktop) {
        return commandLine(context, desktop, new String[0]);
    }

    /**
     * The command tree a line needs (the command it names alone, else every command), with its help, output, error
     * reporting and execution strategy.
     */
    static CommandLine commandLine(CommandContext context, DesktopLauncher desktop, String... args) {
        SteemdeskCommand root = new SteemdeskCommand(desktop);
        CommandFactory factory = new CommandFactory(context);
        CommandLine cli = new CommandLine(root, factory);
        CommandIndex.register(cli, factory, args);
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
