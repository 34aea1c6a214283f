package org.steemdesk.ui.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.StatusModel;

/**
 * The desktop's door to the app's {@link Votes}: records votes and drains the queue when the vault is unlocked,
 * off the FX thread; after each change the status bar's queued-vote badge is recounted. Votes recorded while
 * offline or locked simply wait; scheduled ones are sent at their instant by the {@link DesktopVoteClock}. A click's
 * drain and the clock's send may meet: the queue's flush lock lets one work and the other return at once.
 */
public record VoteDispatcher(Votes votes, VaultSession session, Background background, StatusModel status) {
    /** What happened to a vote just recorded: the intent as it stands after the flush attempt. */
    public record Recorded(VoteIntent intent, boolean locked, boolean offline) {
    }

    /** Records the vote, then sends due votes if the vault is unlocked (a user action). */
    public CompletableFuture<Recorded> vote(VoteRequest request) {
        return background.supply(() -> votes.record(request))
                .thenCompose(intent -> flush().thenApply(reports -> new Recorded(
                        votes.get(intent.id()).orElse(intent), !session.isUnlocked(),
                        reports.stream().anyMatch(FlushReport::offline))));
    }

    /** Sends the due votes when the vault is unlocked (nothing otherwise), then recounts: a user action. */
    public CompletableFuture<List<FlushReport>> flush() {
        CompletableFuture<List<FlushReport>> sent = session.isUnlocked()
                ? session.whileUnlocked(votes::drain).exceptionally(failure -> List.of())
                : CompletableFuture.completedFuture(List.of());
        return sent.thenCompose(reports -> recount().thenApply(n -> reports));
    }

    /** Counts the waiting votes for the status bar's badge. */
    public CompletableFuture<Integer> recount() {
        return background.supply(this::count);
    }

    private int count() {
        int waiting = votes.waiting().size();
        background.onUi(() -> status.queuedVotesProperty().set(waiting));
        return waiting;
    }
}
