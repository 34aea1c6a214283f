package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.i18n.Messages;

/** Unlocks the run's vault with the vault password, creating the vault on first use when asked to. */
record VaultAccess(AppContext app, Terminal terminal, Messages messages) {

    /** Fails with a clear message before asking for a password when there is no vault. */
    Keys unlocked(Path passwordFile) {
        Keys keys = app.keys();
        keys.open();
        char[] password = new Passwords(terminal, messages).fromFileOrPrompt(passwordFile,
                messages.get("cli.password.vault") + " ",
                "--vault-password-file");
        keys.unlock(password);
        return keys;
    }

    Keys unlockedOrCreated(Path passwordFile) {
        Keys keys = app.keys();
        if (keys.exists()) {
            return unlocked(passwordFile);
        }
        terminal.err().println(messages.get("cli.vault.creating", app.dataDirectory().toString()));
        char[] password = new Passwords(terminal, messages).newPassword(passwordFile,
                messages.get("cli.password.vault.new") + " ",
                "--vault-password-file");
        try {
            keys.create(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return keys;
    }
}
