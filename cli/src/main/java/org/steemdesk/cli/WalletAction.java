package org.steemdesk.cli;

import java.time.Clock;
import java.util.function.Function;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.app.wallet.WalletService;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.keystore.vault.Vault;

/**
 * One wallet command: unlock the vault, plan, print what will be signed, sign and send once, print the outcome.
 * An unclear outcome fails the command (exit 1) after saying that the signed transaction waits in the outbox.
 */
final class WalletAction {
    private final GlobalOptions global;
    private final Terminal terminal;

    WalletAction(GlobalOptions global, Terminal terminal) {
        this.global = global;
        this.terminal = terminal;
    }

    /** @param request builds the request for the acting account (some default their recipient to it) */
    void run(String action, Function<AccountName, WalletRequest> request) {
        CliServices services = new CliServices(global);
        AccountName account = services.actingAccount();
        WalletRequest wanted = request.apply(account);
        DataDirectory dir = services.dataDirectory();
        try (Vault vault = new VaultAccess(services, terminal).unlocked(global.vaultPasswordFile());
             CacheDatabase cache = CacheDatabase.open(dir.path().resolve(DataDirectory.CACHE_FILE))) {
            WalletService wallet = new WalletService(new NodeReader(services.nodes(), SteemJson.mapper()), cache, global.chainId(), Clock.systemUTC());
            WalletPlan plan = wallet.plan(account, wanted, vault);
            WalletOutput output = new WalletOutput(action, plan);
            (global.json() ? terminal.err() : terminal.out()).print(output.preview());
            WalletReceipt receipt = wallet.execute(plan, vault);
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
}
