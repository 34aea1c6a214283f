package org.steemdesk.cli;

import java.io.Console;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.wallet.Reporting;
import org.steemdesk.app.wallet.Wallet;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;

/**
 * One wallet command: unlock the vault, plan (which settles the outbox first and refuses an operation equal to one
 * still unsettled), print what will be signed, sign and send once, print the outcome. An unclear outcome fails the
 * command (exit 1) after saying that the signed transaction waits in the outbox, where the next command settles it.
 * An equal operation that an earlier run sent without telling the user (it was killed) is reported as this
 * command's outcome: done once, nothing new signed. Owner-key operations skip the vault and ask for the master
 * password after the preview.
 */
final class WalletAction {
    private final CommandContext context;
    private final GlobalOptions global;
    private final Messages messages;

    WalletAction(CommandContext context, GlobalOptions global) {
        this.context = context;
        this.global = global;
        this.messages = context.messages(global);
    }

    /** @param request builds the request for the acting account (some default their recipient to it) */
    void run(String action, Function<AccountName, WalletRequest> request) {
        run(action, (account, confirmed) -> request.apply(account), Optional.empty());
    }

    /**
     * A request to an account that the recipient checks may want confirmed by name: {@code confirmed} is the name
     * given with {@code --confirm-recipient}; without it, on a terminal, the user is asked to type the name.
     */
    void run(String action, BiFunction<AccountName, Optional<AccountName>, WalletRequest> request,
            Optional<AccountName> confirmed) {
        AppContext app = context.app(global);
        AccountName account = app.actingAccount();
        context.vault(global).unlocked(global.vaultPasswordFile());
        app.keyRotation().settle(account);
        Wallet wallet = app.wallet();
        WalletPlan plan;
        try {
            plan = wallet.plan(account, request.apply(account, confirmed), Reporting.BY_CALLER);
        } catch (WalletException e) {
            if (e.reason() == WalletException.Reason.SENT_EARLIER && e.pending().isPresent()) {
                sentEarlier(app, action, e.pending().get());
                return;
            }
            Optional<AccountName> typed = confirmed.isEmpty() ? askToConfirm(e) : Optional.empty();
            if (typed.isEmpty()) {
                throw e;
            }
            plan = wallet.plan(account, request.apply(account, typed), Reporting.BY_CALLER);
        }
        WalletOutput output = new WalletOutput(action, plan, messages);
        preview(output);
        report(app, output, wallet.execute(plan, Reporting.BY_CALLER));
    }

    /** An operation signed with the owner key of the master password, read after the preview and wiped. */
    void runWithOwnerKey(String action, Function<AccountName, WalletRequest> request, boolean passwordStdin) {
        AppContext app = context.app(global);
        AccountName account = app.actingAccount();
        WalletPlan plan;
        try {
            plan = app.wallet().plan(account, request.apply(account), Reporting.BY_CALLER);
        } catch (WalletException e) {
            if (e.reason() == WalletException.Reason.SENT_EARLIER && e.pending().isPresent()) {
                sentEarlier(app, action, e.pending().get());
                return;
            }
            throw e;
        }
        WalletOutput output = new WalletOutput(action, plan, messages);
        preview(output);
        char[] password = new Passwords(context.terminal(), messages).fromStdinOrPrompt(passwordStdin,
                messages.get("cli.wallet.masterPassword", account.value()) + " ", "--password-stdin");
        report(app, output, app.wallet().executeWithMasterPassword(plan, password));
    }

    void preview(WalletOutput output) {
        Terminal terminal = context.terminal();
        (global.json() ? terminal.err() : terminal.out()).print(output.preview());
    }

    void report(AppContext app, WalletOutput output, WalletReceipt receipt) {
        Terminal terminal = context.terminal();
        if (global.json()) {
            terminal.out().println(output.json(receipt));
        } else {
            terminal.out().println(output.outcome(receipt));
        }
        if (receipt.status() == WalletReceipt.Status.PENDING) {
            // True since the outbox is settled at every start: these bytes go again, never a second signature.
            throw new IllegalStateException(messages.get("cli.wallet.unclearOutbox", receipt.txId(),
                    receipt.detail()));
        }
        // Only now has the user heard it: a kill before this line leaves an equal request "sent earlier".
        app.outbox().reported(receipt.txId());
    }

    /** What an earlier, killed run sent is this run's outcome; once said, a new equal request is a new one. */
    private void sentEarlier(AppContext app, String action, OutboxRecord earlier) {
        Terminal terminal = context.terminal();
        String line = context.messages(global).get("cli.wallet.SENT_EARLIER", earlier.summary(),
                context.formats(global).dateTime(earlier.signedAt()), earlier.txId());
        if (global.json()) {
            terminal.err().println("steemdesk: " + line);
            terminal.out().println(WalletOutput.sentEarlierJson(action, earlier));
        } else {
            terminal.out().println(line);
        }
        terminal.out().flush();
        app.outbox().reported(earlier.txId());
    }

    /** On a terminal, a look-alike or listed recipient is confirmed by typing its name; elsewhere it stays refused. */
    private Optional<AccountName> askToConfirm(WalletException e) {
        Console console = context.terminal().console();
        if (console == null || e.details().isEmpty() || (e.reason() != WalletException.Reason.LOOKALIKE_RECIPIENT
                && e.reason() != WalletException.Reason.FLAGGED_RECIPIENT)) {
            return Optional.empty();
        }
        String name = e.details().get(0);
        context.terminal().err().println(new WalletRefusals(messages).describe(e).orElse(e.getMessage()));
        String typed = console.readLine("%s ", messages.get("cli.wallet.confirmRecipient", name));
        if (typed == null || !typed.strip().equals(name)) {
            throw new IllegalArgumentException(messages.get("cli.wallet.notConfirmed"));
        }
        return Optional.of(AccountName.of(name));
    }
}
