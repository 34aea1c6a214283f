package org.steemdesk.cli;

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

/**
 * One wallet command: unlock the vault, plan (which settles the outbox first and refuses an operation equal to one
 * still unsettled), print what will be signed, sign and send once, print the outcome. An unclear outcome fails the
 * command (exit 1) after saying that the signed transaction waits in the outbox, where the next command settles it.
 * An equal operation that an earlier run sent without telling the user (it was killed) is reported as this
 * command's outcome: done once, nothing new signed.
 */
final class WalletAction {
    private final CommandContext context;
    private final GlobalOptions global;

    WalletAction(CommandContext context, GlobalOptions global) {
        this.context = context;
        this.global = global;
    }

    /** @param request builds the request for the acting account (some default their recipient to it) */
    void run(String action, Function<AccountName, WalletRequest> request) {
        Terminal terminal = context.terminal();
        AppContext app = context.app(global);
        AccountName account = app.actingAccount();
        WalletRequest wanted = request.apply(account);
        new VaultAccess(app, terminal).unlocked(global.vaultPasswordFile());
        Wallet wallet = app.wallet();
        WalletPlan plan;
        try {
            plan = wallet.plan(account, wanted, Reporting.BY_CALLER);
        } catch (WalletException e) {
            if (e.reason() == WalletException.Reason.SENT_EARLIER && e.pending().isPresent()) {
                sentEarlier(app, action, e.pending().get());
                return;
            }
            throw e;
        }
        WalletOutput output = new WalletOutput(action, plan);
        (global.json() ? terminal.err() : terminal.out()).print(output.preview());
        WalletReceipt receipt = wallet.execute(plan, Reporting.BY_CALLER);
        if (global.json()) {
            terminal.out().println(output.json(receipt));
        } else {
            terminal.out().println(output.outcome(receipt));
        }
        if (receipt.status() == WalletReceipt.Status.PENDING) {
            // True since the outbox is settled at every start: these bytes go again, never a second signature.
            throw new IllegalStateException(context.messages(global).get("cli.wallet.unclear", receipt.txId(),
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
}
