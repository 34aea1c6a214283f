package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.keys.Keys;

/** Unlocks the run's vault with the vault password, creating the vault on first use when asked to. */
final class VaultAccess {
    private final AppContext app;
    private final Passwords passwords;
    private final Terminal terminal;

    VaultAccess(AppContext app, Terminal terminal) {
        this.app = app;
        this.passwords = new Passwords(terminal);
        this.terminal = terminal;
    }

    /** Fails with a clear message before asking for a password when there is no vault. */
    Keys unlocked(Path passwordFile) {
        Keys keys = app.keys();
        keys.open();
        char[] password = passwords.fromFileOrPrompt(passwordFile, "Vault password: ", "--vault-password-file");
        keys.unlock(password);
        return keys;
    }

    Keys unlockedOrCreated(Path passwordFile) {
        Keys keys = app.keys();
        if (keys.exists()) {
            return unlocked(passwordFile);
        }
        terminal.err().println("No vault yet: creating one in " + app.dataDirectory()
                + ". Choose a vault password; it encrypts your keys on this computer.");
        char[] password = passwords.newPassword(passwordFile, "New vault password: ", "--vault-password-file");
        try {
            keys.create(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return keys;
    }
}
