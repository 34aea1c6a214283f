package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.sync.HistoryView;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history")
final class HistoryCommand extends ContextCommand implements Runnable, NodeCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1")
    String name;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
    int limit;

    HistoryCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        if (limit < 1) {
            throw new CliError("cli.error.history.limit", String.valueOf(limit));
        }
        AppContext app = context.app(global);
        AccountName account = name != null ? AccountName.of(name) : app.actingAccount();
        HistoryView view = app.history().load(account, limit);
        if (view.offline()) {
            terminal.err().println("steemdesk: " + context.messages(global).get("cli.history.offline"));
        }
        if (global.json()) {
            ObjectNode o = SteemJson.mapper().createObjectNode();
            o.put("account", account.value());
            o.put("offline", view.offline());
            o.put("added", view.added());
            ArrayNode entries = o.putArray("entries");
            for (HistoryEntry e : view.entries()) {
                JsonNode row = parse(e.json());
                ObjectNode j = entries.addObject();
                j.put("index", e.index());
                j.put("timestamp", e.timestamp().toString());
                j.put("op", e.opName());
                j.put("trx_id", row.path(1).path("trx_id").asText());
                j.set("body", row.path(1).path("op").path(1));
            }
            terminal.out().println(o);
            return;
        }
        if (view.entries().isEmpty()) {
            Messages messages = context.messages(global);
            terminal.out().println(view.offline() ? messages.get("cli.history.none.cached")
                    : messages.get("cli.history.none"));
        }
        for (HistoryEntry e : view.entries()) {
            terminal.out().printf("%8d  %s  %-22s %s%n", e.index(), e.timestamp(), e.opName(),
                    parse(e.json()).path(1).path("op").path(1));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return SteemJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cache.db holds a history row that no longer parses", e);
        }
    }
}
