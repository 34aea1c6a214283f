package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.model.Discussion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feed")
final class FeedCommand extends ContextCommand implements Runnable, NodeCommand {
    @Parameters(paramLabel = "KIND")
    String kind;

    @Option(names = "--tag", paramLabel = "T")
    String tag;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
    int limit;

    FeedCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        FeedKind feed = kind(kind);
        if (limit < 1 || limit > 1000) {
            throw new CliError("cli.error.feed.limit", String.valueOf(limit));
        }
        AppContext app = context.app(global);
        String listingTag = tag != null ? tag
                : feed == FeedKind.FEED || feed == FeedKind.BLOG ? app.actingAccount().value() : "";
        Synced<List<Discussion>> synced = ReadOutput.orOffline(() -> app.feeds().load(feed, listingTag, limit));
        Instant now = app.clock().instant();
        ReadOutput.noteIfOffline(terminal, synced, now, context.messages(global));
        if (global.json()) {
            ObjectNode o = SteemJson.mapper().createObjectNode();
            o.put("kind", feed.name().toLowerCase(Locale.ROOT));
            o.put("tag", listingTag);
            ReadOutput.freshness(o, synced, now);
            ArrayNode posts = o.putArray("posts");
            synced.value().forEach(p -> posts.add(summary(p)));
            terminal.out().println(o);
            return;
        }
        if (synced.value().isEmpty()) {
            terminal.out().println(context.messages(global).get("cli.feed.empty"));
        }
        int i = 1;
        for (Discussion p : synced.value()) {
            terminal.out().printf("%2d. %s/%s  %s%n    %s, %d votes, %d replies, %s%n", i++, p.author(),
                    p.permlink(), p.title(), payout(p), p.activeVotes().size(), p.children(), p.created());
        }
    }

    static ObjectNode summary(Discussion p) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("author", p.author());
        o.put("permlink", p.permlink());
        o.put("title", p.title());
        o.put("category", p.category());
        o.put("created", p.created() == null ? null : p.created().toString());
        o.put("pending_payout", p.pendingPayoutValue().toString());
        o.put("total_payout", p.totalPayoutValue().toString());
        o.put("votes", p.activeVotes().size());
        o.put("children", p.children());
        return o;
    }

    static String payout(Discussion p) {
        return p.cashoutTime().isPresent() ? "pending " + p.pendingPayoutValue()
                : "paid " + p.totalPayoutValue().plus(p.curatorPayoutValue());
    }

    private static FeedKind kind(String text) {
        try {
            return FeedKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliError("cli.error.feed.kind", text);
        }
    }
}
