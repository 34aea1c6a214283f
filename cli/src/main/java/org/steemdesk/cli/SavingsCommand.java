package org.steemdesk.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "savings",
        subcommands = {SavingsCommand.Deposit.class, SavingsCommand.Withdraw.class, SavingsCommand.Cancel.class})
final class SavingsCommand {

    /** What a deposit and a withdrawal ask for: the same arguments, to the acting account unless --to names one. */
    @FunctionalInterface
    interface Move {
        WalletRequest request(AccountName to, Asset amount, String memo, Optional<AccountName> confirmedRecipient);
    }

    /** Deposit and withdraw: an amount of STEEM or SBD moved into or out of savings, with a memo. */
    abstract static class Movement extends ContextCommand implements Runnable {
        private final String name;
        private final Move move;

        @Parameters(arity = "1..2", paramLabel = "AMOUNT")
        List<String> amount;

        @Option(names = "--to", paramLabel = "NAME")
        String to;

        @Option(names = "--memo", paramLabel = "T")
        String memo = "";

        @Option(names = "--confirm-recipient", paramLabel = "NAME")
        String confirmRecipient;

        Movement(CommandContext context, String name, Move move) {
            super(context);
            this.name = name;
            this.move = move;
        }

        @Override
        public void run() {
            Asset value = AmountText.liquid(String.join(" ", amount), EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD));
            new WalletAction(context, global).run(name, (account, confirmed) ->
                    move.request(to == null ? account : AccountName.of(to), value, memo, confirmed),
                    Optional.ofNullable(confirmRecipient).map(AccountName::of));
        }
    }

    @Command(name = "deposit")
    static final class Deposit extends Movement {
        Deposit(CommandContext context) {
            super(context, "savings deposit", WalletRequest.SavingsDeposit::new);
        }
    }

    @Command(name = "withdraw")
    static final class Withdraw extends Movement {
        Withdraw(CommandContext context) {
            super(context, "savings withdraw", WalletRequest.SavingsWithdraw::new);
        }
    }

    @Command(name = "cancel")
    static final class Cancel extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "REQUEST_ID")
        long requestId;

        Cancel(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            new WalletAction(context, global).run("savings cancel",
                    account -> new WalletRequest.SavingsCancel(requestId));
        }
    }
}
