package org.steemdesk.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transfer")
final class TransferCommand extends ContextCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "TO")
    String to;

    @Parameters(index = "1..*", arity = "1..2", paramLabel = "AMOUNT")
    List<String> amount;

    @Option(names = "--memo", paramLabel = "TEXT")
    String memo = "";

    @Option(names = "--confirm-recipient", paramLabel = "NAME")
    String confirmRecipient;

    TransferCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        var value = AmountText.liquid(String.join(" ", amount), EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD));
        AccountName recipient = AccountName.of(to);
        new WalletAction(context, global).run("transfer",
                (account, confirmed) -> new WalletRequest.Transfer(recipient, value, memo, confirmed),
                Optional.ofNullable(confirmRecipient).map(AccountName::of));
    }
}
