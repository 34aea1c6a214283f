package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.wallet.WalletOverview;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.app.wallet.WitnessBoard;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "witness",
        subcommands = {WitnessCommand.ListWitnesses.class, WitnessCommand.Vote.class, WitnessCommand.Proxy.class})
final class WitnessCommand {

    @Command(name = "list")
    static final class ListWitnesses extends ContextCommand implements Runnable {
        @Option(names = "--limit", paramLabel = "N")
        int limit = WalletOverview.DEFAULT_WITNESSES;

        @Mixin
        ReadTarget target;

        ListWitnesses(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException(context.messages(global).get("cli.witness.limitRange",
                        Integer.toString(limit)));
            }
            AppContext app = context.app(global);
            AccountName account = target.account(app);
            WitnessBoard board = app.walletOverview().witnesses(account, limit);
            if (global.json()) {
                ObjectNode doc = SteemJson.mapper().createObjectNode();
                doc.put("account", account.value());
                ArrayNode top = doc.putArray("witnesses");
                board.top().forEach(e -> json(top.addObject(), e));
                ArrayNode outside = doc.putArray("voted_outside_top");
                board.votedOutsideTop().forEach(e -> json(outside.addObject(), e));
                ArrayNode votes = doc.putArray("votes");
                board.votes().forEach(votes::add);
                doc.put("proxy", board.proxy().orElse(""));
                doc.put("max_votes", board.maxVotes());
                terminal.out().println(doc);
                return;
            }
            Messages messages = context.messages(global);
            terminal.out().println(board.proxy().isPresent()
                    ? messages.get("cli.witness.headerProxy", Integer.toString(board.top().size()), account.value(),
                            board.proxy().get())
                    : messages.get("cli.witness.header", Integer.toString(board.top().size()), account.value(),
                            Integer.toString(board.votes().size()), Integer.toString(board.maxVotes())));
            board.top().forEach(e -> terminal.out().println(row(e, messages)));
            if (!board.votedOutsideTop().isEmpty()) {
                terminal.out().println(messages.get("cli.witness.outside", account.value(),
                        Integer.toString(board.top().size())));
                board.votedOutsideTop().forEach(e -> terminal.out().println(row(e, messages)));
            }
        }

        private static String row(WitnessBoard.Entry e, Messages messages) {
            List<String> marks = new ArrayList<>();
            if (e.votedFor()) {
                marks.add(messages.get("cli.witness.voted"));
            }
            if (e.disabled()) {
                marks.add(messages.get("cli.witness.disabled"));
            }
            String rank = e.rank() > 0 ? String.format("%3d.", e.rank()) : "   -";
            return String.format("%s %-16s %16s MVESTS%s", rank, e.owner(), mvests(e.approvalVests()),
                    marks.isEmpty() ? "" : "  [" + String.join(", ", marks) + "]");
        }

        private static void json(ObjectNode o, WitnessBoard.Entry e) {
            o.put("rank", e.rank());
            o.put("owner", e.owner());
            o.put("votes", Long.toString(e.approvalVests()));
            o.put("mvests", mvests(e.approvalVests()));
            o.put("voted", e.votedFor());
            o.put("disabled", e.disabled());
            o.put("url", e.url());
            o.put("running_version", e.runningVersion());
        }

        /** Raw VESTS units (10⁻⁶ VESTS) as million VESTS, as witness lists show approval. */
        private static String mvests(long raw) {
            return BigDecimal.valueOf(raw).movePointLeft(12).setScale(3, RoundingMode.DOWN).toPlainString();
        }
    }

    @Command(name = "vote")
    static final class Vote extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "NAME")
        String witness;

        @Option(names = "--unvote")
        boolean unvote;

        Vote(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName name = AccountName.of(witness);
            new WalletAction(context, global).run(unvote ? "witness unvote" : "witness vote",
                    account -> new WalletRequest.WitnessVote(name, !unvote));
        }
    }

    @Command(name = "proxy")
    static final class Proxy extends ContextCommand implements Runnable {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "NAME")
        String proxy;

        @Option(names = "--clear")
        boolean clear;

        Proxy(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            if (clear == (proxy != null)) {
                throw new ParameterException(spec.commandLine(),
                        context.messages(global).get("cli.witness.proxyUsage"));
            }
            Optional<AccountName> wanted = clear ? Optional.empty() : Optional.of(AccountName.of(proxy));
            new WalletAction(context, global).run(clear ? "witness proxy clear" : "witness proxy",
                    account -> new WalletRequest.WitnessProxy(wanted));
        }
    }
}
