package org.steemdesk.cli;

import java.util.Arrays;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.login.LoginKeys;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An account and where its Steemit master password comes from, mixed into the commands that take one: ACCOUNT, and
 * the password from the first line of standard input with --password-stdin (scripts), else asked on the terminal
 * without echo. Never an argument.
 */
final class MasterPassword {
    @Parameters(paramLabel = "ACCOUNT")
    String account;

    @Option(names = "--password-stdin")
    boolean fromStdin;

    AccountName account() {
        return AccountName.of(account);
    }

    /** A password (or what the prompt asks for) read as the options say; the caller wipes it. */
    char[] read(Terminal terminal, Messages messages, String prompt) {
        return new Passwords(terminal, messages).fromStdinOrPrompt(fromStdin, prompt + " ", "--password-stdin");
    }

    /** The four keys of the account's master password, read as the options say and wiped once derived. */
    LoginKeys keys(Terminal terminal, Messages messages) {
        AccountName name = account();
        char[] password = read(terminal, messages, messages.get("cli.password.master", name.value()));
        try {
            return LoginKeys.derive(name, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
