package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.RecoveryStatus;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recovery",
        subcommands = {RecoveryCommand.Show.class, RecoveryCommand.Change.class})
final class RecoveryCommand {

    @Command(name = "show")
    static final class Show extends ContextCommand implements Runnable {
        @Mixin
        ReadTarget target;

        Show(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            AccountName account = target.account(app);
            RecoveryStatus status = app.walletOverview().recovery(account);
            if (global.json()) {
                ObjectNode doc = SteemJson.mapper().createObjectNode();
                doc.put("account", account.value());
                doc.put("recovery_account", status.recoveryAccount());
                if (status.pendingAccount().isPresent()) {
                    ObjectNode pending = doc.putObject("pending_change");
                    pending.put("recovery_account", status.pendingAccount().get());
                    pending.put("effective_on", PlanDetailOutput.time(status.effectiveOn().orElseThrow()));
                } else {
                    doc.putNull("pending_change");
                }
                status.lastOwnerUpdate().ifPresent(t -> doc.put("last_owner_update", PlanDetailOutput.time(t)));
                terminal.out().println(doc);
                return;
            }
            Messages messages = context.messages(global);
            terminal.out().println(messages.get("cli.recovery.account", account.value(),
                    status.recoveryAccount().isEmpty() ? messages.get("cli.recovery.noAccount")
                            : status.recoveryAccount()));
            terminal.out().println(status.pendingAccount().isPresent()
                    ? messages.get("cli.recovery.pending", status.pendingAccount().get(),
                            PlanDetailOutput.time(status.effectiveOn().orElseThrow()))
                    : messages.get("cli.recovery.noPending"));
            status.lastOwnerUpdate().ifPresent(t -> terminal.out().println(messages.get("cli.recovery.ownerChanged",
                    PlanDetailOutput.time(t))));
        }
    }

    @Command(name = "change")
    static final class Change extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "NEW_ACCOUNT")
        String newAccount;

        @Option(names = "--password-stdin")
        boolean passwordStdin;

        Change(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName wanted = AccountName.of(newAccount);
            new WalletAction(context, global).runWithOwnerKey("recovery change",
                    account -> new WalletRequest.ChangeRecoveryAccount(wanted), passwordStdin);
        }
    }
}
