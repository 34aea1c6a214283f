package org.steemdesk.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.KeyRotation;
import org.steemdesk.app.wallet.RotationDraft;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keys rotate ACCOUNT}: the Steemit password change. Order of the questions (the same on a terminal and with
 * --password-stdin, where they are the lines of stdin): the current master password (checked against the chain at
 * once), then, after the new password is shown, the characters of it at three named positions.
 */
@Command(name = "rotate")
final class KeyRotateCommand extends ContextCommand implements Runnable {
    @Mixin
    MasterPassword master;

    @Option(names = "--settle")
    boolean settle;

    KeyRotateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AccountName account = master.account();
        AppContext app = context.app(global);
        Messages messages = context.messages(global);
        context.vault(global).unlockedOrCreated(global.vaultPasswordFile());
        KeyRotation rotation = app.keyRotation();
        KeyRotation.State settled = rotation.settle(account);
        if (settle) {
            terminal.out().println(settledText(messages, settled, account));
            return;
        }
        char[] current = master.read(terminal, messages, messages.get("cli.rotate.current", account.value()));
        RotationDraft draft = null;
        try {
            rotation.checkCurrentPassword(account, current);
            draft = rotation.draft(account);
            WalletAction action = new WalletAction(context, global);
            WalletOutput output = new WalletOutput("keys rotate", draft.plan(), messages);
            action.preview(output);
            showOnce(draft, messages, account);
            String positions = draft.challenge().stream().map(String::valueOf).collect(Collectors.joining(", "));
            String challenge = messages.get("cli.rotate.challenge", positions);
            if (master.fromStdin) {
                // the positions are what a script driving stdin needs to answer; on a terminal the prompt names them
                terminal.err().println(challenge);
            }
            char[] typed = master.read(terminal, messages, challenge);
            if (!draft.confirmBackup(typed)) {
                throw new WalletException(WalletException.Reason.BACKUP_NOT_CONFIRMED,
                        "the backup of the new password was not confirmed; nothing was signed");
            }
            KeyRotation.Outcome outcome = rotation.execute(draft, current);
            if (outcome.state() == KeyRotation.State.WAITING) {
                terminal.err().println(messages.get("cli.rotate.waiting", outcome.receipt().txId(),
                        account.value()));
            }
            action.report(app, output, outcome.receipt());
            (global.json() ? terminal.err() : terminal.out())
                    .println(messages.get("cli.rotate.done", account.value()));
        } finally {
            Arrays.fill(current, '\0');
            if (draft != null) {
                draft.destroy();
            }
        }
    }

    /** The new password goes where prompts go (the terminal, else stderr), never into a --json document. */
    private void showOnce(RotationDraft draft, Messages messages, AccountName account) {
        Console console = terminal.console();
        PrintWriter out = console != null ? console.writer()
                : new PrintWriter(terminal.err(), true);
        char[] password = draft.newPassword();
        try {
            out.println(messages.get("cli.rotate.password", account.value()));
            out.print("  ");
            out.println(password);
            out.println(messages.get("cli.rotate.warning"));
            out.flush();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static String settledText(Messages messages, KeyRotation.State state, AccountName account) {
        return switch (state) {
            case NONE -> messages.get("cli.rotate.settle.NONE", account.value());
            case DONE -> messages.get("cli.rotate.settle.DONE", account.value());
            case DROPPED -> messages.get("cli.rotate.settle.DROPPED", account.value());
            case WAITING -> messages.get("cli.rotate.settle.WAITING", account.value());
        };
    }
}
