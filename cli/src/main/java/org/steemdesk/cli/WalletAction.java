package org.steemdesk.cli;

import java.util.function.Function;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.Wallet;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One wallet command: unlock the vault, plan, print what will be signed, sign and send once, print the outcome.
 * An unclear outcome fails the command (exit 1) after saying that the signed transaction waits in the outbox.
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
        WalletPlan plan = wallet.plan(account, wanted);
        WalletOutput output = new WalletOutput(action, plan);
        (global.json() ? terminal.err() : terminal.out()).print(output.preview());
        WalletReceipt receipt = wallet.execute(plan);
        if (global.json()) {
            terminal.out().println(output.json(receipt));
        } else {
            terminal.out().println(output.outcome(receipt));
        }
        if (receipt.status() == WalletReceipt.Status.PENDING) {
            throw new IllegalStateException("transaction " + receipt.txId() + " was sent but its outcome is "
                    + "unclear (" + receipt.detail() + "); the same signed transaction stays in the outbox");
        }
    }
}
