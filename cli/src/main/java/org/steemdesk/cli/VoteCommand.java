package org.steemdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.keystore.KeystoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "vote", description = "Vote on a post. The vote is recorded first (offline and without the vault "
        + "password too), then sent at once when a node answers, it is due and the vault can be unlocked.")
final class VoteCommand implements Runnable, NodeCommand {
    private final CommandContext context;
    private final Terminal terminal;

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "AUTHOR/PERMLINK")
    String post;

    @Option(names = "--weight", paramLabel = "PERCENT", defaultValue = "100%",
            description = "100%, -50% (a downvote), 12.5%, … (default 100%).")
    String weight;

    @Option(names = "--at-age", paramLabel = "AGE", description = "Vote when the post is this old in chain time: 30s, 15m, 6h.")
    String atAge;

    @Option(names = "--min-mana", paramLabel = "PERCENT", description = "Only while voting mana is at least this.")
    String minMana;

    VoteCommand(CommandContext context) {
        this.context = context;
        this.terminal = context.terminal();
    }

    @Override
    public void run() {
        PostRef ref = PostRef.parse(post);
        int basisPoints = CliFormat.basisPoints(weight, "--weight");
        Optional<Duration> age = Optional.ofNullable(atAge).map(a -> CliFormat.duration(a, "--at-age"));
        OptionalInt floor = minMana == null ? OptionalInt.empty()
                : OptionalInt.of(CliFormat.basisPoints(minMana, "--min-mana"));
        AppContext app = context.app(global);
        VoteRequest request = new VoteRequest(app.actingAccount(), ref.author(), ref.permlink(), basisPoints,
                Optional.empty(), age, floor);
        Votes votes = app.votes();
        VoteIntent intent = votes.record(request);
        String note = send(app);
        VoteIntent now = votes.get(intent.id()).orElseThrow();
        report(now, note, app.clock().instant());
    }

    /** Sends what can go now; returns why the vote was left queued, if it was for a reason of this run. */
    private String send(AppContext app) {
        Optional<NodeProblem> offline = app.nodes().offline();
        if (offline.isPresent()) {
            return context.messages(global).get("cli.vote.offline", context.nodeProblems(global).describe(offline));
        }
        if (global.vaultPasswordFile() == null && terminal.console() == null) {
            return "the vault is locked (no --vault-password-file and no terminal); the vote goes with the next "
                    + "`steemdesk queue flush`";
        }
        try {
            new VaultAccess(app, terminal).unlocked(global.vaultPasswordFile());
        } catch (KeystoreException e) {
            return "the vault could not be unlocked (" + e.getMessage() + "); the vote is queued and goes with the "
                    + "next `steemdesk queue flush`";
        }
        // A node that stopped answering, or whose clock is off, leaves the vote queued to be decided again.
        return app.votes().drain().stream().filter(FlushReport::offline).findFirst()
                .map(r -> context.messages(global).get("cli.vote.stopped",
                        context.nodeProblems(global).describe(r.problem())))
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
            terminal.out().println(IntentOutput.line(intent, now));
        }
        if (intent.state() == VoteState.FAILED) {
            throw new IllegalStateException(IntentOutput.line(intent, now));
        }
    }
}
