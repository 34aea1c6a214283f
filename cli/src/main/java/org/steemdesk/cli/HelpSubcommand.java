package org.steemdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND…]}: the usage of the command that follows, however deep ({@code help keys import});
 * picocli's own help command only looks one level down. Its texts come from {@link HelpTexts} like every other.
 */
@Command(name = "help", helpCommand = true)
final class HelpSubcommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "helpCommand.command")
    String[] commands = {};

    private CommandLine self;
    private PrintWriter out;
    private Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : commands) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(self,
                        HelpTexts.of(self).messages().get("cli.usage.unknownCommand", name));
            }
            target = sub;
        }
        target.usage(out, colors);
    }
}
