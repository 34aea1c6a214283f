package org.steemdesk.cli;

import org.steemdesk.app.wallet.WalletRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "claim")
final class ClaimCommand implements Runnable {
    private final CommandContext context;

    @Mixin
    GlobalOptions global;

    ClaimCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        new WalletAction(context, global).run("claim", account -> new WalletRequest.ClaimRewards());
    }
}
