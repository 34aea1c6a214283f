package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.keystore.vault.Vault;

/** Opens the vault and unlocks it with the vault password, creating the vault on first use when asked to. */
final class VaultAccess {
    private final CliServices services;
    private final Passwords passwords;
    private final Terminal terminal;

    VaultAccess(CliServices services, Terminal terminal) {
        this.services = services;
        this.passwords = new Passwords(terminal);
        this.terminal = terminal;
    }

    Vault unlocked(Path passwordFile) {
        Vault vault = services.openVault();
        char[] password = passwords.fromFileOrPrompt(passwordFile, "Vault password: ", "--vault-password-file");
        try {
            vault.unlock(password);
            return vault;
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    Vault unlockedOrCreated(Path passwordFile) {
        if (services.vaultExists()) {
            return unlocked(passwordFile);
        }
        terminal.err().println("No vault yet: creating one in " + services.dataDirectory().path()
                + ". Choose a vault password; it encrypts your keys on this computer.");
        char[] password = passwords.newPassword(passwordFile, "New vault password: ", "--vault-password-file");
        try {
            return services.createVault(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
