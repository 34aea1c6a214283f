package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "vault",
        subcommands = {VaultCommand.Passwd.class, VaultCommand.Lock.class})
final class VaultCommand {

    @Command(name = "passwd")
    static final class Passwd extends ContextCommand implements Runnable {
        @Option(names = "--new-password-file", paramLabel = "F")
        Path newFile;

        Passwd(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            Messages m = context.messages(global);
            Passwords passwords = new Passwords(terminal, m);
            Keys keys = context.app(global).keys();
            keys.open();
            char[] current = passwords.fromFileOrPrompt(global.vaultPasswordFile(),
                    m.get("cli.password.vault.current") + " ", "--vault-password-file");
            char[] next = null;
            try {
                next = passwords.newPassword(newFile, m.get("cli.password.vault.new") + " ", "--new-password-file");
                keys.changePassword(current, next);
            } finally {
                Arrays.fill(current, '\0');
                if (next != null) {
                    Arrays.fill(next, '\0');
                }
            }
            terminal.out().println(context.messages(global).get("cli.vault.passwd.done"));
        }
    }

    @Command(name = "lock")
    static final class Lock extends ContextCommand implements Runnable {
        Lock(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            Keys keys = context.app(global).keys();
            keys.open();
            keys.lock();
            terminal.out().println(context.messages(global).get("cli.vault.locked",
                    String.valueOf(keys.list().size())));
        }
    }
}
