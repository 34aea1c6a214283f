package org.steemdesk.cli;

import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.curation.ScheduleAudit;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "queue", subcommands = {QueueCommand.ListIntents.class,
        QueueCommand.Flush.class, QueueCommand.Cancel.class})
final class QueueCommand {

    @Command(name = "list")
    static final class ListIntents extends ContextCommand implements Runnable {
        ListIntents(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            List<VoteIntent> all = app.votes().all();
            Instant now = app.clock().instant();
            if (global.json()) {
                ObjectNode o = SteemJson.mapper().createObjectNode();
                ArrayNode intents = o.putArray("intents");
                all.forEach(i -> intents.add(IntentOutput.json(i)));
                terminal.out().println(o);
                return;
            }
            Messages m = context.messages(global);
            if (all.isEmpty()) {
                terminal.out().println(m.get("cli.queue.empty"));
            }
            all.forEach(i -> terminal.out().println(IntentOutput.line(i, now, m)));
        }
    }

    /** Says what happened to votes whose scheduled time passed while Steemdesk was not running. */
    static String noteLine(ScheduleAudit.Note note, Messages m) {
        String id = String.valueOf(note.intentId());
        String author = note.author().toString();
        String permlink = note.permlink().toString();
        return switch (note.kind()) {
            case SENT_LATE -> note.lateBy()
                    .map(d -> m.get("cli.queue.note.sent_late.by", id, author, permlink, String.valueOf(d.toMinutes())))
                    .orElseGet(() -> m.get("cli.queue.note.sent_late", id, author, permlink));
            case SKIPPED_PAYOUT_CLOSED -> m.get("cli.queue.note.skipped", id, author, permlink);
        };
    }

    static ObjectNode noteJson(ScheduleAudit.Note note) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("id", note.intentId());
        o.put("kind", note.kind().name());
        note.lateBy().ifPresent(d -> o.put("late_by_seconds", d.toSeconds()));
        return o;
    }

    @Command(name = "flush")
    static final class Flush extends ContextCommand implements Runnable, NodeCommand {
        Flush(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            if (global.vaultPasswordFile() == null && terminal.console() == null) {
                throw new CliError("cli.queue.flush.no_password");
            }
            AppContext app = context.app(global);
            context.vault(global).unlocked(global.vaultPasswordFile());
            Votes votes = app.votes();
            List<FlushReport> reports = votes.drain();
            boolean offline = reports.stream().anyMatch(FlushReport::offline);
            boolean busy = reports.stream().anyMatch(FlushReport::busy);
            Set<Long> touched = new LinkedHashSet<>();
            reports.forEach(r -> r.outcomes().forEach(o -> touched.add(o.intentId())));
            List<VoteIntent> intents = touched.stream().map(id -> votes.get(id).orElseThrow()).toList();
            List<VoteIntent> all = votes.all();
            long waiting = all.stream().filter(i -> i.state().isWaiting()).count();
            long sending = all.stream().filter(i -> i.state() == VoteState.SENDING).count();
            long sent = intents.stream().filter(i -> i.state() == VoteState.SENT).count();
            long failed = intents.stream().filter(i -> i.state() == VoteState.FAILED).count();
            if (offline) {
                Optional<NodeProblem> problem = reports.stream().filter(FlushReport::offline).findFirst()
                        .flatMap(FlushReport::problem);
                terminal.err().println("steemdesk: " + context.messages(global).get("cli.queue.offline",
                        context.nodeProblems(global).describe(problem), waiting + sending));
            }
            if (busy) {
                terminal.err().println("steemdesk: " + context.messages(global).get("cli.queue.flush.busy"));
            }
            Instant now = app.clock().instant();
            List<ScheduleAudit.Note> notes = reports.stream().flatMap(r -> votes.explain(r).stream()).toList();
            if (global.json()) {
                ObjectNode o = SteemJson.mapper().createObjectNode();
                o.put("sent", sent);
                o.put("failed", failed);
                o.put("waiting", waiting);
                o.put("sending", sending);
                o.put("offline", offline);
                o.put("busy", busy);
                ArrayNode list = o.putArray("intents");
                intents.forEach(i -> list.add(IntentOutput.json(i)));
                ArrayNode late = o.putArray("schedule_notes");
                notes.forEach(n -> late.add(noteJson(n)));
                terminal.out().println(o);
                return;
            }
            Messages m = context.messages(global);
            intents.forEach(i -> terminal.out().println(IntentOutput.line(i, now, m)));
            notes.forEach(n -> terminal.out().println(noteLine(n, m)));
            String summary = m.get("cli.queue.flush.summary", String.valueOf(sent), String.valueOf(failed),
                    String.valueOf(waiting));
            terminal.out().println(sending > 0 ? summary + m.get("cli.queue.flush.awaiting", String.valueOf(sending))
                    : summary);
        }
    }

    @Command(name = "cancel")
    static final class Cancel extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "ID")
        long id;

        Cancel(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AppContext app = context.app(global);
            Votes votes = app.votes();
            VoteIntent intent = votes.get(id)
                    .orElseThrow(() -> new CliError("cli.queue.cancel.none", String.valueOf(id)));
            if (!votes.cancel(id)) {
                throw new CliError("cli.queue.cancel.late", String.valueOf(id),
                        IntentOutput.state(intent.state(), context.messages(global)));
            }
            VoteIntent now = votes.get(id).orElseThrow();
            if (global.json()) {
                terminal.out().println(IntentOutput.json(now));
            } else {
                terminal.out().println(IntentOutput.line(now, app.clock().instant(), context.messages(global)));
            }
        }
    }
}
