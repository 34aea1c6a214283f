package org.steemdesk.cli;

import picocli.CommandLine;

/**
 * Gives every command what it needs through its constructor: the run's {@link CommandContext} to commands that use
 * the application, the terminal alone to those that do not (key and transaction tools).
 */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(CommandContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            try {
                return type.getDeclaredConstructor(Terminal.class).newInstance(context.terminal());
            } catch (NoSuchMethodException noTerminal) {
                return fallback.create(type);
            }
        }
    }
}
