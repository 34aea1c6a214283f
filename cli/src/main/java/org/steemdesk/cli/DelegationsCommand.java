package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.DelegationBook;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "delegations")
final class DelegationsCommand extends ContextCommand implements Runnable {
    @Mixin
    ReadTarget target;

    DelegationsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AppContext app = context.app(global);
        AccountName account = target.account(app);
        DelegationBook book = app.walletOverview().delegations(account);
        PrintStream out = terminal.out();
        if (global.json()) {
            out.println(json(account, book));
            return;
        }
        Messages m = context.messages(global);
        String who = account.value();
        if (book.outgoing().isEmpty()) {
            out.println(m.get("cli.delegations.outNone", who));
        } else {
            out.println(m.get("cli.delegations.out", who));
            book.outgoing().forEach(d -> out.println("  " + m.get("cli.delegations.outRow", d.delegatee(), sp(d.sp()),
                    d.vests().toString(), PlanDetailOutput.time(d.since()))));
            out.println(m.get("cli.delegations.undelegate"));
        }
        if (book.incoming().isEmpty() && book.receivedTotal().isZero()) {
            out.println(m.get("cli.delegations.inNone", who));
        } else {
            out.println(m.get("cli.delegations.in", who, sp(book.receivedTotalSp())));
            book.incoming().forEach(d -> out.println("  " + m.get("cli.delegations.inRow", d.delegator(), sp(d.sp()),
                    d.vests().toString(), PlanDetailOutput.time(d.since()))));
            if (!book.incomingUnlisted().isZero()) {
                out.println("  " + m.get("cli.delegations.unlisted", book.incomingUnlisted().toString()));
            }
        }
        if (!book.returning().isEmpty()) {
            out.println(m.get("cli.delegations.returning", who));
            book.returning().forEach(r -> out.println("  " + m.get("cli.delegations.returningRow", sp(r.sp()),
                    r.vests().toString(), PlanDetailOutput.time(r.returnsAt()))));
        }
    }

    private static ObjectNode json(AccountName account, DelegationBook book) {
        ObjectNode doc = SteemJson.mapper().createObjectNode();
        doc.put("account", account.value());
        ArrayNode out = doc.putArray("outgoing");
        book.outgoing().forEach(d -> {
            ObjectNode o = out.addObject();
            o.put("delegatee", d.delegatee());
            o.put("vesting_shares", d.vests().toString());
            o.put("sp", sp(d.sp()));
            o.put("min_delegation_time", PlanDetailOutput.time(d.since()));
        });
        ArrayNode in = doc.putArray("incoming");
        book.incoming().forEach(d -> {
            ObjectNode o = in.addObject();
            o.put("delegator", d.delegator());
            o.put("vesting_shares", d.vests().toString());
            o.put("sp", sp(d.sp()));
            o.put("since", PlanDetailOutput.time(d.since()));
        });
        doc.put("received_vesting_shares", book.receivedTotal().toString());
        doc.put("received_unlisted_vesting_shares", book.incomingUnlisted().toString());
        ArrayNode returning = doc.putArray("returning");
        book.returning().forEach(r -> {
            ObjectNode o = returning.addObject();
            o.put("vesting_shares", r.vests().toString());
            o.put("sp", sp(r.sp()));
            o.put("returns_at", PlanDetailOutput.time(r.returnsAt()));
        });
        return doc;
    }

    private static String sp(Asset steem) {
        return StakeAmount.sp(steem).toString();
    }
}
