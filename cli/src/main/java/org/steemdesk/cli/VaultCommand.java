package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.keystore.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "vault", description = "The encrypted key vault.",
        subcommands = {VaultCommand.Passwd.class, VaultCommand.Lock.class})
final class VaultCommand {

    @Command(name = "passwd", description = "Change the vault password (all at once: a crash leaves the old one working).")
    static final class Passwd implements Runnable {
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        @Option(names = "--new-password-file", paramLabel = "F", description = "Read the new password from F.")
        Path newFile;

        Passwd(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            Passwords passwords = new Passwords(terminal);
            CliServices services = new CliServices(global);
            try (Vault vault = services.openVault()) {
                char[] current = passwords.fromFileOrPrompt(global.vaultPasswordFile(), "Current vault password: ",
                        "--vault-password-file");
                char[] next = null;
                try {
                    next = passwords.newPassword(newFile, "New vault password: ", "--new-password-file");
                    vault.changePassword(current, next);
                } finally {
                    Arrays.fill(current, '\0');
                    if (next != null) {
                        Arrays.fill(next, '\0');
                    }
                }
            }
            terminal.out().println("The vault password was changed.");
        }
    }

    @Command(name = "lock", description = "Lock the vault. Each CLI command unlocks it only for itself and locks it "
            + "when done, so this checks that the vault is readable and reports it locked.")
    static final class Lock implements Runnable {
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        Lock(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            try (Vault vault = new CliServices(global).openVault()) {
                vault.lock();
                terminal.out().println("The vault is locked (" + vault.list().size() + " keys).");
            }
        }
    }
}
