package org.steemdesk.cli;

import picocli.CommandLine;

/** Gives every command the terminal it should talk to, through its constructor. */
final class CommandFactory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
