package org.steemdesk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

@Command(name = "steemdesk", mixinStandardHelpOptions = true, versionProvider = SteemdeskCommand.Version.class,
        description = "Steem wallet and curation client.",
        subcommands = {TxCommand.class, KeysCommand.class, VaultCommand.class, MemoCommand.class,
                AccountCommand.class, FeedCommand.class, PostCommand.class, VoteCommand.class, QueueCommand.class,
                HistoryCommand.class, NodesCommand.class})
public final class SteemdeskCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        throw new ParameterException(new CommandLine(this), "a command is needed (see --help)");
    }

    /** Runs the CLI and returns the process exit code: 0 ok, 1 failed, 2 bad usage. */
    public static int run(String[] args, Terminal terminal) {
        CommandLine cli = new CommandLine(SteemdeskCommand.class, new CommandFactory(terminal));
        cli.setOut(new java.io.PrintWriter(terminal.out(), true));
        cli.setErr(new java.io.PrintWriter(terminal.err(), true));
        cli.setExecutionExceptionHandler(new ErrorReporter(terminal));
        cli.setParameterExceptionHandler(new ErrorReporter(terminal));
        try {
            return cli.execute(args);
        } finally {
            terminal.out().flush();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SteemdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"steemdesk " + (version == null ? "development build" : version)};
        }
    }
}
