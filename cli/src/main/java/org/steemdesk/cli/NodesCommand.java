package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.node.NodeCheckResult;
import org.steemdesk.app.node.Nodes;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;

@Command(name = "nodes", subcommands = {NodesCommand.ListNodes.class,
        NodesCommand.Check.class})
final class NodesCommand {

    static void print(Terminal terminal, GlobalOptions global, List<URI> urls, Nodes known, Instant now,
            Messages m) {
        if (global.json()) {
            ObjectNode o = SteemJson.mapper().createObjectNode();
            ArrayNode nodes = o.putArray("nodes");
            for (URI url : urls) {
                ObjectNode n = nodes.addObject().put("url", url.toString());
                Optional<NodeCheckResult> h = known.lastSeen(url);
                if (h.isEmpty()) {
                    n.putNull("reachable");
                    continue;
                }
                n.put("reachable", h.get().reachable());
                h.get().latencyMillis().ifPresentOrElse(l -> n.put("latency_ms", l), () -> n.putNull("latency_ms"));
                h.get().headBlock().ifPresentOrElse(b -> n.put("head_block", b), () -> n.putNull("head_block"));
                n.put("checked_at", h.get().checkedAt().toString());
                n.put("consecutive_failures", h.get().consecutiveFailures());
                n.put("last_error", h.get().lastError().orElse(null));
            }
            terminal.out().println(o);
            return;
        }
        for (URI url : urls) {
            Optional<NodeCheckResult> h = known.lastSeen(url);
            String state = h.map(x -> x.reachable()
                    ? m.get("cli.nodes.ok", String.valueOf(x.latencyMillis().orElse(0)),
                            String.valueOf(x.headBlock().orElse(0)))
                    : m.get("cli.nodes.down", x.lastError().orElseGet(() -> m.get("cli.nodes.no_answer"))))
                    .orElseGet(() -> m.get("cli.nodes.unchecked"));
            String when = h.map(x -> m.get("cli.nodes.checked", CliFormat.age(x.checkedAt(), now, m))).orElse("");
            terminal.out().println(url + "  " + state + when);
        }
    }

    @Command(name = "list")
    static final class ListNodes extends ContextCommand implements Runnable {
        ListNodes(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            print(terminal, global, app.nodes().urls(), app.nodes(), app.clock().instant(), context.messages(global));
        }
    }

    @Command(name = "check")
    static final class Check extends ContextCommand implements Runnable {
        Check(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            Nodes nodes = app.nodes();
            List<URI> urls = nodes.urls();
            nodes.check(urls);
            print(terminal, global, urls, nodes, app.clock().instant(), context.messages(global));
        }
    }
}
