package org.steemdesk.cli;

import java.util.List;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "powerdown", subcommands = PowerDownRouteCommand.class)
final class PowerDownCommand extends ContextCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "AMOUNT")
    List<String> amount;

    @Option(names = "--cancel")
    boolean cancel;

    PowerDownCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        boolean hasAmount = amount != null && !amount.isEmpty();
        if (cancel == hasAmount) {
            throw new ParameterException(spec.commandLine(), context.messages(global).get("cli.powerdown.usage"));
        }
        if (cancel) {
            new WalletAction(context, global).run("powerdown cancel", account -> new WalletRequest.CancelPowerDown());
            return;
        }
        StakeAmount value = AmountText.stake(String.join(" ", amount));
        new WalletAction(context, global).run("powerdown", account -> new WalletRequest.PowerDown(value));
    }
}
