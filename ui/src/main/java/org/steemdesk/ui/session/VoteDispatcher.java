package org.steemdesk.ui.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.ui.DesktopServices;
import org.steemdesk.ui.StatusModel;

/**
 * Records votes in the queue and sends what is due when the vault is unlocked, off the FX thread; after each
 * change the status bar's queued-vote badge is recounted. Votes recorded while offline or locked simply wait.
 */
public final class VoteDispatcher {
    /** What happened to a vote just recorded: the intent as it stands after the flush attempt. */
    public record Recorded(VoteIntent intent, boolean locked, boolean offline) {
    }

    private final DesktopServices services;
    private final VaultSession session;
    private final StatusModel status;

    public VoteDispatcher(DesktopServices services, VaultSession session, StatusModel status) {
        this.services = Objects.requireNonNull(services, "services");
        this.session = Objects.requireNonNull(session, "session");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Records the vote, then sends due votes if the vault is unlocked. */
    public CompletableFuture<Recorded> vote(VoteRequest request) {
        var queue = services.app().queue();
        return services.background().supply(() -> queue.record(request, services.clock().instant()))
                .thenCompose(intent -> flush().thenApply(reports -> new Recorded(
                        queue.get(intent.id()).orElse(intent), !session.isUnlocked(),
                        reports.stream().anyMatch(FlushReport::offline))));
    }

    /** Sends the due votes when the vault is unlocked (nothing otherwise), then recounts the waiting ones. */
    public CompletableFuture<List<FlushReport>> flush() {
        CompletableFuture<List<FlushReport>> sent = session.isUnlocked()
                ? session.withUnlockedVault(vault -> services.app().drain(vault).drain())
                        .exceptionally(failure -> List.of())
                : CompletableFuture.completedFuture(List.of());
        return sent.thenCompose(reports -> recount().thenApply(n -> reports));
    }

    /** Counts the waiting votes for the status bar's badge. */
    public CompletableFuture<Integer> recount() {
        return services.background().supply(() -> {
            int waiting = services.app().queue().waiting().size();
            services.background().onUi(() -> status.queuedVotesProperty().set(waiting));
            return waiting;
        });
    }
}
