package org.steemdesk.cli;

import org.steemdesk.app.wallet.WalletRequest;
import picocli.CommandLine.Command;

@Command(name = "claim")
final class ClaimCommand extends ContextCommand implements Runnable {
    ClaimCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        new WalletAction(context, global).run("claim", account -> new WalletRequest.ClaimRewards());
    }
}
