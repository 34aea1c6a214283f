package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.wallet.SignedTransactions;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "outbox",
        subcommands = {OutboxCommand.ListTransactions.class, OutboxCommand.Settle.class})
final class OutboxCommand {

    /** One line per transaction: id, signed at (UTC), account, operations, state, tx id (tab-separated, stable). */
    static String line(OutboxRecord r) {
        return "#" + r.id() + "\t" + r.signedAt() + "\t" + r.account().map(Object::toString).orElse("-") + "\t"
                + r.summary() + "\t" + r.state().wireName() + "\t" + r.txId();
    }

    static ObjectNode json(OutboxRecord r) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("id", r.id());
        o.put("signed_at", r.signedAt().toString());
        r.account().ifPresent(a -> o.put("account", a.value()));
        o.set("operations", SteemJson.mapper().valueToTree(r.operations()));
        o.put("summary", r.summary());
        o.put("state", r.state().wireName());
        o.put("tx_id", r.txId());
        o.put("expiration", r.expiration().toString());
        o.put("attempts", r.attempts());
        r.refusalKind().ifPresent(k -> o.put("refusal_kind", k.name()));
        r.nodeMessage().ifPresent(m -> o.put("node_message", m));
        return o;
    }

    @Command(name = "list")
    static final class ListTransactions extends ContextCommand implements Runnable {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
        int limit;

        @Option(names = "--unsettled")
        boolean unsettled;

        ListTransactions(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            if (limit < 1) {
                throw new IllegalArgumentException(context.messages(global).get("cli.outbox.limit", limit));
            }
            var outbox = context.app(global).outbox();
            List<OutboxRecord> records;
            if (unsettled) {
                List<OutboxRecord> open = new ArrayList<>(outbox.unsettled());
                Collections.reverse(open);
                records = open.stream().limit(limit).toList();
            } else {
                records = outbox.recent(limit);
            }
            if (global.json()) {
                ObjectNode doc = SteemJson.mapper().createObjectNode();
                ArrayNode list = doc.putArray("transactions");
                records.forEach(r -> list.add(json(r)));
                terminal.out().println(doc);
                return;
            }
            if (records.isEmpty()) {
                Messages messages = context.messages(global);
                terminal.out().println(unsettled ? messages.get("cli.outbox.none.unsettled")
                        : messages.get("cli.outbox.none"));
            }
            records.forEach(r -> terminal.out().println(line(r)));
        }
    }

    @Command(name = "settle")
    static final class Settle extends ContextCommand implements Runnable {
        Settle(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            SignedTransactions outbox = context.app(global).outbox();
            List<OutboxRecord> settled = outbox.settle();
            long unsettled = settled.stream().filter(OutboxRecord::unsettled).count();
            if (global.json()) {
                ObjectNode doc = SteemJson.mapper().createObjectNode();
                ArrayNode list = doc.putArray("settled");
                settled.forEach(r -> list.add(json(r)));
                doc.put("unsettled", unsettled);
                terminal.out().println(doc);
            } else {
                Messages messages = context.messages(global);
                if (settled.isEmpty()) {
                    terminal.out().println(messages.get("cli.outbox.none.unsettled"));
                }
                settled.forEach(r -> terminal.out().println(line(r)));
                if (unsettled > 0) {
                    terminal.err().println("steemdesk: " + messages.get("cli.outbox.still.unsettled", unsettled));
                }
            }
            terminal.out().flush();
            // The user now knows how each ended: an equal request is a new one from here on.
            settled.stream().filter(r -> !r.unsettled()).forEach(r -> outbox.reported(r.txId()));
        }
    }
}
