package org.steemdesk.cli;

import java.util.EnumSet;
import java.util.Optional;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "transfer")
final class TransferCommand extends ContextCommand implements Runnable {
    @Mixin
    Recipient recipient;

    @Option(names = "--memo", paramLabel = "TEXT")
    String memo = "";

    @Option(names = "--confirm-recipient", paramLabel = "NAME")
    String confirmRecipient;

    TransferCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        var value = AmountText.liquid(recipient.amountText(), EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD));
        AccountName to = recipient.account();
        new WalletAction(context, global).run("transfer",
                (account, confirmed) -> new WalletRequest.Transfer(to, value, memo, confirmed),
                Optional.ofNullable(confirmRecipient).map(AccountName::of));
    }
}
