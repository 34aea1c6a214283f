package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.PendingConversion;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "conversions")
final class ConversionsCommand extends ContextCommand implements Runnable {
    @Mixin
    ReadTarget target;

    ConversionsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AppContext app = context.app(global);
        AccountName account = target.account(app);
        List<PendingConversion> pending = app.walletOverview().conversions(account);
        if (global.json()) {
            ArrayNode array = SteemJson.mapper().createArrayNode();
            for (PendingConversion c : pending) {
                ObjectNode o = array.addObject();
                o.put("request_id", c.requestId());
                o.put("amount", c.amount().toString());
                o.put("settles_at", PlanDetailOutput.time(c.settlesAt()));
            }
            terminal.out().println(array);
            return;
        }
        Messages messages = context.messages(global);
        if (pending.isEmpty()) {
            terminal.out().println(messages.get("cli.conversions.none", account.value()));
            return;
        }
        terminal.out().println(messages.get("cli.conversions.header", account.value()));
        pending.forEach(c -> terminal.out().println("  " + messages.get("cli.conversions.row",
                Long.toString(c.requestId()), c.amount().toString(), PlanDetailOutput.time(c.settlesAt()))));
    }
}
