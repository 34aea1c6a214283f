package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.rewards.VoteEstimateMessages;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.KeystoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "vote")
final class VoteCommand extends ContextCommand implements Runnable, NodeCommand {
    @Parameters(paramLabel = "AUTHOR/PERMLINK")
    String post;

    @Option(names = "--weight", paramLabel = "PERCENT", defaultValue = "100%")
    String weight;

    @Option(names = "--at-age", paramLabel = "AGE")
    String atAge;

    @Option(names = "--min-mana", paramLabel = "PERCENT")
    String minMana;

    @Option(names = "--estimate")
    boolean estimate;

    VoteCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        PostRef ref = PostRef.parse(post);
        int basisPoints = CliFormat.basisPoints(weight, "--weight");
        Optional<Duration> age = Optional.ofNullable(atAge).map(a -> CliFormat.duration(a, "--at-age"));
        OptionalInt floor = minMana == null ? OptionalInt.empty()
                : OptionalInt.of(CliFormat.basisPoints(minMana, "--min-mana"));
        AppContext app = context.app(global);
        if (estimate) {
            estimate(app, ref, basisPoints);
            return;
        }
        VoteRequest request = new VoteRequest(app.actingAccount(), ref.author(), ref.permlink(), basisPoints,
                Optional.empty(), age, floor);
        Votes votes = app.votes();
        VoteIntent intent = votes.record(request);
        String note = send(app);
        VoteIntent now = votes.get(intent.id()).orElseThrow();
        report(now, note, app.clock().instant());
    }

    /** Prints what the vote would do now; a refusal is one line in the CLI's language, and nothing is recorded. */
    private void estimate(AppContext app, PostRef ref, int basisPoints) {
        Messages messages = context.messages(global);
        AccountName voter = app.actingAccount();
        VoteEstimate e;
        try {
            e = app.votes().estimate(voter, ref.author(), ref.permlink(), basisPoints);
        } catch (VoteEstimateException refused) {
            throw new IllegalArgumentException(VoteEstimateMessages.describe(refused, messages), refused);
        } catch (NodeUnreachableException offline) {
            throw new IllegalStateException(messages.get("cli.vote.estimate.offline"), offline);
        }
        if (global.json()) {
            terminal.out().println(EstimateOutput.json(voter, ref, e));
        } else {
            EstimateOutput.print(terminal.out(), messages, voter, ref, e);
        }
    }

    /** Sends what can go now; returns why the vote was left queued, if it was for a reason of this run. */
    private String send(AppContext app) {
        Messages messages = context.messages(global);
        if (app.votes().runnerElsewhere()) {
            // The runner sees the new vote within a second and sends it on time; no password is needed here.
            return messages.get("cli.vote.note.runner");
        }
        Optional<NodeProblem> offline = app.nodes().offline();
        if (offline.isPresent()) {
            return messages.get("cli.vote.offline", context.nodeProblems(global).describe(offline));
        }
        if (global.vaultPasswordFile() == null && terminal.console() == null) {
            return messages.get("cli.vote.note.locked");
        }
        try {
            context.vault(global).unlocked(global.vaultPasswordFile());
        } catch (KeystoreException e) {
            return messages.get("cli.vote.note.unlock_failed", e.getMessage());
        }
        // A node that stopped answering, or whose clock is off, leaves the vote queued to be decided again.
        return app.votes().drain().stream().filter(FlushReport::offline).findFirst()
                .map(r -> messages.get("cli.vote.stopped", context.nodeProblems(global).describe(r.problem())))
                .orElse(null);
    }

    private void report(VoteIntent intent, String note, Instant now) {
        if (note != null && intent.state().isWaiting()) {
            terminal.err().println("steemdesk: " + note);
        }
        if (global.json()) {
            ObjectNode o = IntentOutput.json(intent);
            terminal.out().println(o);
        } else if (intent.state() != VoteState.FAILED) {
            terminal.out().println(IntentOutput.line(intent, now, context.messages(global)));
        }
        if (intent.state() == VoteState.FAILED) {
            throw new IllegalStateException(IntentOutput.line(intent, now, context.messages(global)));
        }
    }
}
