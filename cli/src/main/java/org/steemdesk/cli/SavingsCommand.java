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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "savings",
        subcommands = {SavingsCommand.Deposit.class, SavingsCommand.Withdraw.class, SavingsCommand.Cancel.class})
final class SavingsCommand {

    private static Optional<AccountName> confirmed(String name) {
        return Optional.ofNullable(name).map(AccountName::of);
    }

    private static Asset liquid(List<String> amount) {
        return AmountText.liquid(String.join(" ", amount), EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD));
    }

    private static AccountName recipient(String to, AccountName account) {
        return to == null ? account : AccountName.of(to);
    }

    @Command(name = "deposit")
    static final class Deposit implements Runnable {
        private final CommandContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(arity = "1..2", paramLabel = "AMOUNT")
        List<String> amount;

        @Option(names = "--to", paramLabel = "NAME")
        String to;

        @Option(names = "--memo", paramLabel = "T")
        String memo = "";

        @Option(names = "--confirm-recipient", paramLabel = "NAME")
        String confirmRecipient;

        Deposit(CommandContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Asset value = liquid(amount);
            new WalletAction(context, global).run("savings deposit", (account, confirmed) ->
                    new WalletRequest.SavingsDeposit(recipient(to, account), value, memo, confirmed),
                    confirmed(confirmRecipient));
        }
    }

    @Command(name = "withdraw")
    static final class Withdraw implements Runnable {
        private final CommandContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(arity = "1..2", paramLabel = "AMOUNT")
        List<String> amount;

        @Option(names = "--to", paramLabel = "NAME")
        String to;

        @Option(names = "--memo", paramLabel = "T")
        String memo = "";

        @Option(names = "--confirm-recipient", paramLabel = "NAME")
        String confirmRecipient;

        Withdraw(CommandContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Asset value = liquid(amount);
            new WalletAction(context, global).run("savings withdraw", (account, confirmed) ->
                    new WalletRequest.SavingsWithdraw(recipient(to, account), value, memo, confirmed),
                    confirmed(confirmRecipient));
        }
    }

    @Command(name = "cancel")
    static final class Cancel implements Runnable {
        private final CommandContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "REQUEST_ID")
        long requestId;

        Cancel(CommandContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            new WalletAction(context, global).run("savings cancel",
                    account -> new WalletRequest.SavingsCancel(requestId));
        }
    }
}
