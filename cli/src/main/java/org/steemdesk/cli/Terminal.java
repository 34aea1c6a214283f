package org.steemdesk.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The process's standard streams and console, passed to commands so tests can supply their own. */
public final class Terminal {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Console console;

    public Terminal() {
        // A large buffer: `tx sign` may print tens of thousands of lines, and a flush per line costs more than signing.
        this(System.in, new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.console());
    }

    public Terminal(InputStream in, PrintStream out, PrintStream err, Console console) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** The interactive console, or null when stdin/stdout are not a terminal. */
    public Console console() {
        return console;
    }
}
