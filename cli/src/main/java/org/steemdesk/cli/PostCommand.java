package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.steemdesk.app.sync.PostThread;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "post")
final class PostCommand extends ContextCommand implements Runnable, NodeCommand {
    @Parameters(paramLabel = "AUTHOR/PERMLINK")
    String post;

    PostCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        PostRef ref = PostRef.parse(post);
        AppContext app = context.app(global);
        Synced<PostThread> synced = ReadOutput.orOffline(() -> app.posts().load(ref.author(), ref.permlink()))
                .orElseThrow(() -> new CliError("cli.post.none", ref.toString()));
        Instant now = app.clock().instant();
        ReadOutput.noteIfOffline(terminal, synced, now, context.messages(global));
        PostThread thread = synced.value();
        Discussion p = thread.post();
        if (global.json()) {
            ObjectNode o = FeedCommand.summary(p);
            o.put("body", p.body());
            o.put("cashout_time", p.cashoutTime().map(Instant::toString).orElse(null));
            ArrayNode votes = o.putArray("active_votes");
            for (ActiveVote v : thread.votes()) {
                votes.addObject().put("voter", v.voter()).put("percent", v.percent()).put("rshares", v.rshares());
            }
            ArrayNode replies = o.putArray("replies");
            thread.replies().forEach(r -> replies.add(FeedCommand.summary(r).put("body", r.body())));
            ReadOutput.freshness(o, synced, now);
            terminal.out().println(o);
            return;
        }
        var out = terminal.out();
        out.println(p.title().isEmpty() ? ref.toString() : p.title());
        out.println("by " + p.author() + " in " + p.category() + ", " + p.created() + ", "
                + FeedCommand.payout(p));
        out.println();
        out.println(p.body());
        out.println();
        out.println(thread.votes().size() + " votes" + (thread.votes().isEmpty() ? "" : ":"));
        for (ActiveVote v : thread.votes()) {
            out.println("  " + v.voter() + " " + CliFormat.percent(v.percent()));
        }
        out.println(thread.replies().size() + " replies" + (thread.replies().isEmpty() ? "" : ":"));
        for (Discussion r : thread.replies()) {
            out.println("  " + r.author() + "/" + r.permlink() + ": " + firstLine(r.body()));
        }
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
