package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.OptionalInt;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "account", description = "Accounts.", subcommands = AccountCommand.Show.class)
final class AccountCommand {

    @Command(name = "show", description = "Balances, STEEM Power, voting mana and RC of an account (cached when offline).")
    static final class Show implements Runnable, NodeCommand {
        private final CommandContext context;
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "NAME")
        String name;

        Show(CommandContext context) {
            this.context = context;
            this.terminal = context.terminal();
        }

        @Override
        public void run() {
            AccountName account = AccountName.of(name);
            AppContext app = context.app(global);
            Synced<AccountSnapshot> synced = ReadOutput.orOffline(() -> app.accounts().load(account));
            Instant now = app.clock().instant();
            ReadOutput.noteIfOffline(terminal, synced, now);
            if (global.json()) {
                terminal.out().println(json(synced, now));
            } else {
                human(synced, now, terminal.out());
            }
        }

        static ObjectNode json(Synced<AccountSnapshot> synced, Instant now) {
            AccountSnapshot s = synced.value();
            Account a = s.account();
            ObjectNode o = SteemJson.mapper().createObjectNode();
            o.put("account", a.name().value());
            o.put("balance", a.balance().toString());
            o.put("sbd_balance", a.sbdBalance().toString());
            o.put("savings_balance", a.savingsBalance().toString());
            o.put("savings_sbd_balance", a.savingsSbdBalance().toString());
            o.put("steem_power", CliFormat.sp(s.steemPower()));
            o.put("delegated_steem_power", CliFormat.sp(s.delegatedSteemPower()));
            o.put("received_steem_power", CliFormat.sp(s.receivedSteemPower()));
            o.put("effective_steem_power", CliFormat.sp(s.effectiveSteemPower()));
            o.put("vesting_shares", a.vestingShares().toString());
            o.put("voting_mana_percent", CliFormat.percentNumber(s.votingManaBasisPoints(now)));
            OptionalInt rc = s.rcBasisPoints(now);
            if (rc.isPresent()) {
                o.put("rc_percent", CliFormat.percentNumber(rc.getAsInt()));
            } else {
                o.putNull("rc_percent");
            }
            o.put("reward_steem_balance", a.rewardSteemBalance().toString());
            o.put("reward_sbd_balance", a.rewardSbdBalance().toString());
            o.put("reward_steem_power", CliFormat.sp(a.rewardVestingSteem()));
            ReadOutput.freshness(o, synced, now);
            return o;
        }

        static void human(Synced<AccountSnapshot> synced, Instant now, PrintStream out) {
            AccountSnapshot s = synced.value();
            Account a = s.account();
            out.println(a.name() + " (fetched " + CliFormat.age(synced.age(now)) + (synced.offline() ? ", offline" : "")
                    + ")");
            row(out, "STEEM", a.balance().toString());
            row(out, "SBD", a.sbdBalance().toString());
            row(out, "Savings", a.savingsBalance() + ", " + a.savingsSbdBalance());
            row(out, "STEEM Power", CliFormat.sp(s.steemPower()));
            row(out, "Delegated", CliFormat.sp(s.delegatedSteemPower()) + " out, " + CliFormat.sp(s.receivedSteemPower())
                    + " in");
            row(out, "Effective SP", CliFormat.sp(s.effectiveSteemPower()));
            row(out, "Voting mana", CliFormat.percent(s.votingManaBasisPoints(now)));
            OptionalInt rc = s.rcBasisPoints(now);
            row(out, "RC", rc.isPresent() ? CliFormat.percent(rc.getAsInt()) : "unknown (node has no rc_api)");
            row(out, "Rewards", a.rewardSteemBalance() + ", " + a.rewardSbdBalance() + ", "
                    + CliFormat.sp(a.rewardVestingSteem()));
        }

        private static void row(PrintStream out, String label, String value) {
            out.printf("  %-13s %s%n", label, value);
        }
    }
}
