package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.OptionalInt;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.app.wallet.SbdInterest;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "account", subcommands = AccountCommand.Show.class)
final class AccountCommand {

    @Command(name = "show")
    static final class Show extends ContextCommand implements Runnable, NodeCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        Show(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName account = AccountName.of(name);
            AppContext app = context.app(global);
            Synced<AccountSnapshot> synced = ReadOutput.orOffline(() -> app.accounts().load(account));
            Instant now = app.clock().instant();
            ReadOutput.noteIfOffline(terminal, synced, now, context.messages(global));
            if (global.json()) {
                terminal.out().println(json(synced, now));
            } else {
                human(synced, now, terminal.out(), context.messages(global));
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
            SbdInterest interest = SbdInterest.of(a, s.globals());
            if (interest.rate().isPresent()) {
                o.put("sbd_interest_rate_percent", CliFormat.percentNumber(interest.rate().get()));
            } else {
                o.putNull("sbd_interest_rate_percent");
            }
            o.put("sbd_interest_accrued", interest.accrued().toString());
            o.put("savings_sbd_interest_accrued", interest.savingsAccrued().toString());
            ReadOutput.freshness(o, synced, now);
            return o;
        }

        static void human(Synced<AccountSnapshot> synced, Instant now, PrintStream out, Messages m) {
            AccountSnapshot s = synced.value();
            Account a = s.account();
            String age = CliFormat.age(synced.age(now));
            out.println(synced.offline() ? m.get("cli.account.fetchedOffline", a.name().value(), age)
                    : m.get("cli.account.fetched", a.name().value(), age));
            row(out, m.get("cli.account.steem"), a.balance().toString());
            row(out, m.get("cli.account.sbd"), a.sbdBalance().toString());
            row(out, m.get("cli.account.savings"), a.savingsBalance() + ", " + a.savingsSbdBalance());
            row(out, m.get("cli.account.steemPower"), CliFormat.sp(s.steemPower()));
            row(out, m.get("cli.account.delegated"), m.get("cli.account.delegatedValue",
                    CliFormat.sp(s.delegatedSteemPower()), CliFormat.sp(s.receivedSteemPower())));
            row(out, m.get("cli.account.effective"), CliFormat.sp(s.effectiveSteemPower()));
            row(out, m.get("cli.account.mana"), CliFormat.percent(s.votingManaBasisPoints(now)));
            OptionalInt rc = s.rcBasisPoints(now);
            row(out, m.get("cli.account.rc"), rc.isPresent() ? CliFormat.percent(rc.getAsInt())
                    : m.get("cli.account.rcUnknown"));
            row(out, m.get("cli.account.rewards"), a.rewardSteemBalance() + ", " + a.rewardSbdBalance() + ", "
                    + CliFormat.sp(a.rewardVestingSteem()));
            SbdInterest interest = SbdInterest.of(a, s.globals());
            row(out, m.get("cli.account.interest"), interest.rate().isPresent()
                    ? m.get("cli.account.interestValue", CliFormat.percent(interest.rate().get()),
                            interest.accrued().toString(), interest.savingsAccrued().toString())
                    : m.get("cli.account.interestUnknown"));
        }

        private static void row(PrintStream out, String label, String value) {
            out.printf("  %-13s %s%n", label, value);
        }
    }
}
