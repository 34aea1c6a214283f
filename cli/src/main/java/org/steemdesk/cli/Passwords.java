package org.steemdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.i18n.Messages;

/**
 * Where a command gets a password: a file given by option, the first line of stdin, or the terminal without echo.
 * Never an argument. Callers wipe what they get.
 */
record Passwords(Terminal terminal, Messages messages) {
    /** From the file when given, else asked on the terminal. */
    char[] fromFileOrPrompt(Path file, String prompt, String option) {
        if (file != null) {
            return SecretInput.readFile(file, "password file");
        }
        return prompt(prompt, option);
    }

    char[] fromStdinOrPrompt(boolean stdin, String prompt, String option) {
        if (stdin) {
            return SecretInput.readLine(terminal.in(), "the password on standard input");
        }
        return prompt(prompt, option);
    }

    /** A new password: from the file, or typed twice on the terminal. */
    char[] newPassword(Path file, String prompt, String option) {
        if (file != null) {
            return SecretInput.readFile(file, "password file");
        }
        char[] first = prompt(prompt, option);
        char[] second = prompt(messages.get("cli.password.repeat") + " ", option);
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CliError("cli.password.differ");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    private char[] prompt(String prompt, String option) {
        Console console = terminal.console();
        if (console == null) {
            throw new CliError("cli.password.no_terminal", option);
        }
        char[] password = console.readPassword("%s", prompt);
        if (password == null) {
            throw new CliError("cli.password.none");
        }
        return password;
    }
}
