package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.storage.NodeCheckResult;
import org.steemdesk.app.storage.NodeHealthStore;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nodes", description = "The nodes Steemdesk talks to.", subcommands = {NodesCommand.ListNodes.class,
        NodesCommand.Check.class})
final class NodesCommand {

    static void print(Terminal terminal, GlobalOptions global, List<URI> urls, NodeHealthStore store, Instant now) {
        if (global.json()) {
            ObjectNode o = SteemJson.mapper().createObjectNode();
            ArrayNode nodes = o.putArray("nodes");
            for (URI url : urls) {
                ObjectNode n = nodes.addObject().put("url", url.toString());
                Optional<NodeCheckResult> h = store.get(url.toString());
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
            Optional<NodeCheckResult> h = store.get(url.toString());
            String state = h.map(x -> x.reachable()
                    ? "ok, " + x.latencyMillis().orElse(0) + " ms, block " + x.headBlock().orElse(0)
                    : "down (" + x.lastError().orElse("no answer") + ")").orElse("not checked yet");
            String when = h.map(x -> ", checked " + CliFormat.age(Duration.between(x.checkedAt(), now))).orElse("");
            terminal.out().println(url + "  " + state + when);
        }
    }

    @Command(name = "list", description = "The configured nodes and what was last seen of each.")
    static final class ListNodes implements Runnable {
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        ListNodes(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            CliServices services = new CliServices(global);
            try (CacheServices cache = new CacheServices(services)) {
                print(terminal, global, services.nodes().urls(), cache.nodeHealth(), cache.clock().instant());
            }
        }
    }

    @Command(name = "check", description = "Ask every configured node for its head block and record how it answered.")
    static final class Check implements Runnable {
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        Check(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            CliServices services = new CliServices(global);
            List<URI> urls = services.nodes().urls();
            var client = HttpNode.defaultClient();
            try (CacheServices cache = new CacheServices(services)) {
                NodeHealthStore store = cache.nodeHealth();
                for (URI url : urls) {
                    CondenserApi api = new CondenserApi(new HttpNode(url, client, SteemJson.mapper()),
                            SteemJson.mapper());
                    long start = System.nanoTime();
                    try {
                        DynamicGlobalProperties head = api.getDynamicGlobalProperties().send();
                        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                        store.recordSuccess(url.toString(), cache.clock().instant(), millis, head.headBlockNumber());
                    } catch (RpcException e) {
                        store.recordFailure(url.toString(), cache.clock().instant(), e.getMessage());
                    }
                }
                print(terminal, global, urls, store, cache.clock().instant());
            } finally {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
        }
    }
}
