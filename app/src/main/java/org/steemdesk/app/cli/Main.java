package org.steemdesk.app.cli;

/** The {@code steemdesk} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SteemdeskCommand.run(args, new Terminal()));
    }
}
