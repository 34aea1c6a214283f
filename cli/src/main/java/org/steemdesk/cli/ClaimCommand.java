package org.steemdesk.cli;

import org.steemdesk.app.wallet.WalletRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "claim", description = "Claim all pending author and curation rewards.")
final class ClaimCommand implements Runnable {
    private final Terminal terminal;

    @Mixin
    GlobalOptions global;

    ClaimCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        new WalletAction(global, terminal).run("claim", account -> new WalletRequest.ClaimRewards());
    }
}
