package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.PowerDownRoutes;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "route",
        subcommands = {PowerDownRouteCommand.Add.class, PowerDownRouteCommand.Remove.class,
                PowerDownRouteCommand.ListRoutes.class})
final class PowerDownRouteCommand {

    @Command(name = "add")
    static final class Add extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "ACCOUNT")
        String to;

        @Option(names = "--percent", required = true, paramLabel = "P")
        String percent;

        @Option(names = "--auto-vest")
        boolean autoVest;

        Add(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName target = AccountName.of(to);
            int share = CliFormat.basisPoints(percent, "--percent");
            if (share <= 0) {
                throw new IllegalArgumentException(context.messages(global).get("cli.routes.percentRange", percent));
            }
            new WalletAction(context, global).run("powerdown route add",
                    account -> new WalletRequest.WithdrawRoute(target, share, autoVest));
        }
    }

    @Command(name = "remove")
    static final class Remove extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "ACCOUNT")
        String to;

        Remove(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName target = AccountName.of(to);
            new WalletAction(context, global).run("powerdown route remove",
                    account -> new WalletRequest.WithdrawRoute(target, 0, false));
        }
    }

    @Command(name = "list")
    static final class ListRoutes extends ContextCommand implements Runnable {
        @Mixin
        ReadTarget target;

        ListRoutes(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            AccountName account = target.account(app);
            PowerDownRoutes routes = app.walletOverview().routes(account);
            int hundred = routes.hundredPercent();
            if (global.json()) {
                ObjectNode doc = SteemJson.mapper().createObjectNode();
                doc.put("account", account.value());
                ArrayNode out = doc.putArray("routes");
                routes.outgoing().forEach(r -> json(out.addObject(), r, hundred));
                ArrayNode in = doc.putArray("incoming");
                routes.incoming().forEach(r -> json(in.addObject(), r, hundred));
                doc.put("total_percent", PlanDetailOutput.percent(routes.totalOutgoing(), hundred));
                doc.put("max_routes", routes.maxRoutes());
                terminal.out().println(doc);
                return;
            }
            Messages messages = context.messages(global);
            if (routes.outgoing().isEmpty()) {
                terminal.out().println(messages.get("cli.routes.none", account.value()));
            } else {
                terminal.out().println(messages.get("cli.routes.header", account.value(),
                        PlanDetailOutput.percent(routes.totalOutgoing(), hundred),
                        Integer.toString(routes.maxRoutes())));
                routes.outgoing().forEach(r -> terminal.out().println("  " + messages.get("cli.routes.row",
                        r.toAccount(), PlanDetailOutput.share(r, hundred, messages))));
                terminal.out().println(messages.get("cli.routes.rest",
                        PlanDetailOutput.percent(hundred - routes.totalOutgoing(), hundred), account.value()));
            }
            if (!routes.incoming().isEmpty()) {
                terminal.out().println(messages.get("cli.routes.incoming", account.value()));
                routes.incoming().forEach(r -> terminal.out().println("  " + messages.get("cli.routes.incomingRow",
                        r.fromAccount(), PlanDetailOutput.share(r, hundred, messages))));
            }
        }

        private static void json(ObjectNode o, WithdrawRoute r, int hundred) {
            o.put("from", r.fromAccount());
            o.put("to", r.toAccount());
            o.put("percent", PlanDetailOutput.percent(r.percent(), hundred));
            o.put("auto_vest", r.autoVest());
        }
    }
}
