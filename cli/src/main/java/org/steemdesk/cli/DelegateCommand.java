package org.steemdesk.cli;

import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "delegate")
final class DelegateCommand extends ContextCommand implements Runnable {
    @Mixin
    Recipient recipient;

    DelegateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AccountName delegatee = recipient.account();
        StakeAmount value = AmountText.stake(recipient.amountText());
        new WalletAction(context, global).run(value.isZero() ? "undelegate" : "delegate",
                account -> new WalletRequest.Delegate(delegatee, value));
    }
}
