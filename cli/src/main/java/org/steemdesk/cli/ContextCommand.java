package org.steemdesk.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that works with the run's {@link CommandContext} (the application, the vault, the texts): the context
 * and its terminal, given by the {@link CommandFactory}, and the global options mixed in, so that they are
 * understood before or after the command's name.
 */
abstract class ContextCommand {
    final CommandContext context;
    final Terminal terminal;

    @Mixin
    GlobalOptions global;

    ContextCommand(CommandContext context) {
        this.context = context;
        this.terminal = context.terminal();
    }
}
