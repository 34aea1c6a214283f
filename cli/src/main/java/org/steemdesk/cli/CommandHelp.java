package org.steemdesk.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;

/**
 * Usage help on every command of the tree, so that a command added later cannot forget it: {@code -h/--help} (and
 * {@code -V/--version}) on each, a {@code help} subcommand on each command that has subcommands, and the texts from
 * the i18n bundles ({@link HelpTexts}). Picocli checks no required option or parameter when help is asked.
 */
final class CommandHelp {
    private CommandHelp() {
    }

    static void install(CommandLine root, Supplier<Messages> messages) {
        Map<String, String> aliases = new HashMap<>();
        String rootHelp = root.getCommandName() + ".help.";
        addHelp(root, rootHelp, aliases);
        root.setResourceBundle(new HelpTexts(messages, aliases));
    }

    private static void addHelp(CommandLine command, String rootHelp, Map<String, String> aliases) {
        if (command.getCommandSpec().helpCommand()) {
            return; // picocli's help command has its own -h
        }
        command.getCommandSpec().mixinStandardHelpOptions(true);
        if (command.getSubcommands().isEmpty()) {
            return;
        }
        if (command.getSubcommands().values().stream().noneMatch(c -> c.getCommandSpec().helpCommand())) {
            command.addSubcommand(new HelpSubcommand());
            String qualified = command.getCommandSpec().qualifiedName(".") + ".help.";
            if (!qualified.equals(rootHelp)) {
                aliases.put(qualified + "usage.description", rootHelp + "usage.description");
            }
        }
        command.getSubcommands().values().forEach(sub -> addHelp(sub, rootHelp, aliases));
    }
}
