package org.steemdesk.cli;

import java.util.EnumSet;
import java.util.List;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "convert")
final class ConvertCommand extends ContextCommand implements Runnable {
    @Parameters(arity = "1..2", paramLabel = "AMOUNT")
    List<String> amount;

    ConvertCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        Asset sbd = AmountText.liquid(String.join(" ", amount), EnumSet.of(AssetSymbol.SBD));
        new WalletAction(context, global).run("convert", account -> new WalletRequest.Convert(sbd));
    }
}
