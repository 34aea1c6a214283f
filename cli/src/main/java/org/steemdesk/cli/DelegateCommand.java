package org.steemdesk.cli;

import java.util.List;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delegate")
final class DelegateCommand extends ContextCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "TO")
    String to;

    @Parameters(index = "1..*", arity = "1..2", paramLabel = "AMOUNT")
    List<String> amount;

    DelegateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AccountName delegatee = AccountName.of(to);
        StakeAmount value = AmountText.stake(String.join(" ", amount));
        new WalletAction(context, global).run(value.isZero() ? "undelegate" : "delegate",
                account -> new WalletRequest.Delegate(delegatee, value));
    }
}
