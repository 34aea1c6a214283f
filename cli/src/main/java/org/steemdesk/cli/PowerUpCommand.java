package org.steemdesk.cli;

import java.util.EnumSet;
import java.util.List;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "powerup")
final class PowerUpCommand extends ContextCommand implements Runnable {
    @Parameters(arity = "1..2", paramLabel = "AMOUNT")
    List<String> amount;

    @Option(names = "--to", paramLabel = "NAME")
    String to;

    PowerUpCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        var value = AmountText.liquid(String.join(" ", amount), EnumSet.of(AssetSymbol.STEEM));
        new WalletAction(context, global).run("powerup",
                account -> new WalletRequest.PowerUp(to == null ? account : AccountName.of(to), value));
    }
}
