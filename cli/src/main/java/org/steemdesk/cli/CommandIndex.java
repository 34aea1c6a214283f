package org.steemdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The root's commands by name, in the order of {@code steemdesk --help}, and which of them a command line needs.
 * Picocli builds the model of every command it is given (annotations read by reflection, options, help texts), and
 * its whole tree of about 40 commands cost a short command more than the command itself; so a line that plainly
 * names one command gets a root with that command alone (and its own subcommands). Anything less plain (help,
 * {@code --version}, no command, an unknown or misspelt command, an option it does not know, a value that could be
 * read as a command) gets the whole tree, so picocli words every usage, error and suggestion exactly as before.
 */
final class CommandIndex {
    /** Name → class, in the order the root lists them; each name is its class's {@code @Command} name. */
    static final Map<String, Class<?>> COMMANDS = commands();
    private static final String HELP = "help";

    private CommandIndex() {
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("tx", TxCommand.class);
        commands.put("keys", KeysCommand.class);
        commands.put("vault", VaultCommand.class);
        commands.put("memo", MemoCommand.class);
        commands.put("account", AccountCommand.class);
        commands.put("feed", FeedCommand.class);
        commands.put("post", PostCommand.class);
        commands.put("vote", VoteCommand.class);
        commands.put("queue", QueueCommand.class);
        commands.put("history", HistoryCommand.class);
        commands.put("nodes", NodesCommand.class);
        commands.put("transfer", TransferCommand.class);
        commands.put("powerup", PowerUpCommand.class);
        commands.put("powerdown", PowerDownCommand.class);
        commands.put("delegate", DelegateCommand.class);
        commands.put("claim", ClaimCommand.class);
        commands.put("savings", SavingsCommand.class);
        commands.put("curation", CurationCommand.class);
        commands.put("curate", CurateCommand.class);
        commands.put("rewards", RewardsCommand.class);
        commands.put("outbox", OutboxCommand.class);
        commands.put("convert", ConvertCommand.class);
        commands.put("conversions", ConversionsCommand.class);
        commands.put("witness", WitnessCommand.class);
        commands.put("recovery", RecoveryCommand.class);
        commands.put("delegations", DelegationsCommand.class);
        commands.put("watch", WatchCommand.class);
        return commands;
    }

    /**
     * The command a line names, when only global options (each in a form picocli reads the same way with or without
     * the other commands) come before it; empty when the whole tree must read the line.
     */
    static Optional<String> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GlobalOptionNames.FLAGS.contains(arg)) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq > 0 && GlobalOptionNames.VALUED.contains(arg.substring(0, eq))) {
                continue;
            }
            if (GlobalOptionNames.VALUED.contains(arg)) {
                // A global option with a value: its value is skipped. Picocli refuses a command's or an option's name as an option's value: with a smaller tree it would
                // take a command left out, so such a line is left to the whole tree.
                if (i + 1 >= args.length || !plainValue(args[i + 1])) {
                    return Optional.empty();
                }
                i++;
                continue;
            }
            return COMMANDS.containsKey(arg) ? Optional.of(arg) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean plainValue(String value) {
        return !value.startsWith("-") && !COMMANDS.containsKey(value) && !HELP.equals(value);
    }

    /** Adds the commands the line needs to the root, in the root's order: the one named, else all of them. */
    static void register(CommandLine root, CommandLine.IFactory factory, String... args) {
        Optional<String> named = named(args);
        if (named.isPresent()) {
            root.addSubcommand(named.get(), new CommandLine(COMMANDS.get(named.get()), factory));
        } else {
            COMMANDS.forEach((name, type) -> root.addSubcommand(name, new CommandLine(type, factory)));
        }
    }
}
