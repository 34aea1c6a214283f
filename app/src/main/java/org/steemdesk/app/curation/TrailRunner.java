package org.steemdesk.app.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.curation.TrailReport.Action;
import org.steemdesk.app.curation.TrailReport.Outcome;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Turns new posts of the trail's authors and tags into scheduled votes in the {@link VoteQueue}: at the trail's
 * post age, with its mana floor, at most once per post and at most the daily cap per UTC day. It never signs or
 * sends anything: the queue flusher does, and only with a key the user unlocked.
 */
public final class TrailRunner {

    private final CurationTrail trail;
    private final TrailPostSource posts;
    private final VoteQueue queue;
    private final Clock clock;

    public TrailRunner(CurationTrail trail, TrailPostSource posts, VoteQueue queue, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TrailReport run(AccountName account) {
        TrailSettings settings = trail.settings();
        List<Action> actions = new ArrayList<>();
        List<TrailEntry> unreachable = new ArrayList<>();
        for (TrailEntry entry : trail.entries(account)) {
            List<TrailPost> found;
            try {
                found = posts.newestPosts(entry);
            } catch (NodeUnreachableException e) {
                unreachable.add(entry);
                continue;
            }
            // Oldest first, so that under the daily cap the posts waiting longest get the votes.
            List<TrailPost> fresh = found.stream()
                    .filter(TrailPost::rootPost)
                    .filter(p -> p.created().isAfter(entry.addedAt()))
                    .filter(p -> !trail.decided(account, p.author(), p.permlink()))
                    .sorted(Comparator.comparing(TrailPost::created))
                    .toList();
            for (TrailPost post : fresh) {
                actions.add(consider(account, entry, post, settings));
            }
        }
        return new TrailReport(account, actions, unreachable);
    }

    private Action consider(AccountName account, TrailEntry entry, TrailPost post, TrailSettings settings) {
        Instant now = clock.instant();
        if (!post.takesVotesAt(now)) {
            return skip(account, entry, post, Outcome.PAYOUT_WINDOW_CLOSED, now);
        }
        if (post.voters().contains(account) || hasOwnVote(account, post)) {
            return skip(account, entry, post, Outcome.ALREADY_VOTED, now);
        }
        // Not remembered: tomorrow, under a new cap, the post may still be young enough to vote on.
        if (trail.queuedOnDay(account, now) >= settings.dailyCap()) {
            return new Action(entry, post.author(), post.permlink(), Outcome.DAILY_CAP_REACHED, OptionalLong.empty());
        }
        VoteRequest request = VoteRequest.now(account, post.author(), post.permlink(), entry.weight())
                .withAtAge(settings.voteAtAge())
                .withMinMana(settings.manaFloorBasisPoints());
        VoteIntent intent = trail.queueVote(queue, request, now);
        return new Action(entry, post.author(), post.permlink(), Outcome.QUEUED, OptionalLong.of(intent.id()));
    }

    private Action skip(AccountName account, TrailEntry entry, TrailPost post, Outcome outcome, Instant now) {
        trail.skip(account, post.author(), post.permlink(), outcome, now);
        return new Action(entry, post.author(), post.permlink(), outcome, OptionalLong.empty());
    }

    /** A vote of the user's own, waiting, on its way or sent: the trail must not replace or repeat it. */
    private boolean hasOwnVote(AccountName account, TrailPost post) {
        return queue.all().stream().anyMatch(i -> i.account().equals(account) && i.author().equals(post.author())
                && i.permlink().equals(post.permlink())
                && i.state() != VoteState.CANCELLED && i.state() != VoteState.FAILED);
    }
}
