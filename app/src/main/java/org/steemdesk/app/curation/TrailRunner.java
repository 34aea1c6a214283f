package org.steemdesk.app.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * Turns new posts of the trail's authors, tags and curators into scheduled votes in the {@link VoteQueue}: filtered
 * by each entry's {@link TrailRules}, at its delay, with its mana floor, at most once per post and within the daily
 * caps. Decisions are made on chain time (the head block read at the start of the run). It never signs or sends
 * anything: the vote clock does, and only with a key the user unlocked.
 */
public record TrailRunner(CurationTrail trail, TrailPostSource posts, VoteQueue queue, Clock clock, ChainHead head) {

    /** The chain's head when the run starts: its time and the reverse auction, both from the node. */
    public record ChainNow(Instant time, Duration reverseAuction) {
        public ChainNow {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(reverseAuction, "reverseAuction");
        }
    }

    /** Reads the chain's head. */
    @FunctionalInterface
    public interface ChainHead {
        ChainNow now() throws NodeUnreachableException;
    }

    public TrailReport run(AccountName account) {
        List<TrailEntry> entries = trail.entries(account);
        ChainNow chain;
        try {
            chain = head.now();
        } catch (NodeUnreachableException e) {
            return new TrailReport(account, List.of(), entries);
        }
        TrailSettings settings = trail.settings();
        List<Action> actions = new ArrayList<>();
        List<TrailEntry> unreachable = new ArrayList<>();
        for (TrailEntry entry : entries) {
            List<TrailPost> found;
            try {
                found = posts.newestPosts(entry, (author, permlink) -> trail.decided(account, author, permlink));
            } catch (NodeUnreachableException e) {
                unreachable.add(entry);
                continue;
            }
            // Oldest first, so that under the daily cap the posts waiting longest get the votes.
            List<TrailPost> fresh = found.stream()
                    .filter(p -> entry.source() == TrailSource.CURATOR || p.rootPost())
                    .filter(p -> entry.source() == TrailSource.CURATOR || p.created().isAfter(entry.addedAt()))
                    .filter(p -> !trail.decided(account, p.author(), p.permlink()))
                    .sorted(Comparator.comparing(TrailPost::created))
                    .toList();
            for (TrailPost post : fresh) {
                actions.add(consider(account, entry, post, settings, chain));
            }
        }
        return new TrailReport(account, actions, unreachable);
    }

    private Action consider(AccountName account, TrailEntry entry, TrailPost post, TrailSettings settings,
                            ChainNow chain) {
        TrailRules rules = entry.rules();
        if (!post.takesVotesAt(chain.time())) {
            return skip(account, entry, post, Outcome.PAYOUT_WINDOW_CLOSED, chain);
        }
        if (post.voters().contains(account) || hasOwnVote(account, post)) {
            return skip(account, entry, post, Outcome.ALREADY_VOTED, chain);
        }
        if (rules.skipSelf() && (post.author().equals(account)
                || post.leaderVote().map(v -> v.curator().equals(post.author())).orElse(false))) {
            return skip(account, entry, post, Outcome.SELF_VOTE, chain);
        }
        if (rules.skipComments() && !post.rootPost()) {
            return skip(account, entry, post, Outcome.COMMENT, chain);
        }
        if (!passesFilters(rules, post)) {
            return skip(account, entry, post, Outcome.FILTERED, chain);
        }
        if (rules.maxPayout().isPresent() && post.pendingPayout().isPresent()
                && post.pendingPayout().get().compareTo(rules.maxPayout().get()) > 0) {
            return skip(account, entry, post, Outcome.PAYOUT_TOO_HIGH, chain);
        }
        // Not remembered: the payout may still grow into the range while the post is young.
        if (rules.minPayout().isPresent() && post.pendingPayout().isPresent()
                && post.pendingPayout().get().compareTo(rules.minPayout().get()) < 0) {
            return new Action(entry, post.author(), post.permlink(), Outcome.PAYOUT_TOO_LOW, OptionalLong.empty());
        }
        // Not remembered either: tomorrow, under a new cap, the post may still be young enough to vote on.
        if (trail.queuedOnDay(account, chain.time()) >= settings.dailyCap()
                || rules.dailyCap().isPresent()
                && trail.queuedOnDay(account, entry, chain.time()) >= rules.dailyCap().getAsInt()) {
            return new Action(entry, post.author(), post.permlink(), Outcome.DAILY_CAP_REACHED, OptionalLong.empty());
        }
        int weight = weight(entry, post);
        if (weight == 0) {
            return skip(account, entry, post, Outcome.FILTERED, chain);
        }
        VoteRequest request = schedule(VoteRequest.now(account, post.author(), post.permlink(), weight), entry, post,
                settings, chain).withMinMana(rules.minMana().orElse(settings.manaFloorBasisPoints()));
        VoteIntent intent = trail.queueVote(queue, entry, request, clock.instant(), chain.time());
        return new Action(entry, post.author(), post.permlink(), Outcome.QUEUED, OptionalLong.of(intent.id()),
                weight);
    }

    /**
     * An author's or tag's post is voted when it is the entry's delay old (else the trail's vote age, else the end
     * of the reverse auction). A curator's vote is followed its delay later, or without one as soon as the post
     * has passed the reverse auction.
     */
    private VoteRequest schedule(VoteRequest vote, TrailEntry entry, TrailPost post, TrailSettings settings,
                                 ChainNow chain) {
        if (entry.source() != TrailSource.CURATOR || post.leaderVote().isEmpty()) {
            return vote.withAtAge(entry.rules().delay().orElse(settings.voteAtAge(chain.reverseAuction())));
        }
        Instant leader = post.leaderVote().get().at();
        if (entry.rules().delay().isPresent()) {
            // A chain instant; this clock's instant for it is the same distance from now.
            Instant chainDue = leader.plus(entry.rules().delay().get());
            return chainDue.isAfter(chain.time())
                    ? vote.withNotBefore(clock.instant().plus(Duration.between(chain.time(), chainDue))) : vote;
        }
        Duration atAge = settings.voteAtAge(chain.reverseAuction());
        return leader.isBefore(post.created().plus(atAge)) ? vote.withAtAge(atAge) : vote;
    }

    /** The entry's weight, for a curator's trail scaled by the curator's vote when the entry asks. */
    private static int weight(TrailEntry entry, TrailPost post) {
        if (!entry.rules().scaleByLeader() || post.leaderVote().isEmpty()) {
            return entry.weight();
        }
        return (int) ((long) entry.weight() * post.leaderVote().get().weight() / VoteRequest.MAX_WEIGHT);
    }

    private static boolean passesFilters(TrailRules rules, TrailPost post) {
        if (!rules.tags().isEmpty() && Collections.disjoint(rules.tags(), post.tags())) {
            return false;
        }
        if (!Collections.disjoint(rules.excludeTags(), post.tags())) {
            return false;
        }
        if (!rules.authors().isEmpty() && !rules.authors().contains(post.author())) {
            return false;
        }
        return !rules.excludeAuthors().contains(post.author());
    }

    private Action skip(AccountName account, TrailEntry entry, TrailPost post, Outcome outcome, ChainNow chain) {
        trail.skip(account, entry, post.author(), post.permlink(), outcome, chain.time());
        return new Action(entry, post.author(), post.permlink(), outcome, OptionalLong.empty());
    }

    /** A vote of the user's own, waiting, on its way or sent: the trail must not replace or repeat it. */
    private boolean hasOwnVote(AccountName account, TrailPost post) {
        return queue.all().stream().anyMatch(i -> i.account().equals(account) && i.author().equals(post.author())
                && i.permlink().equals(post.permlink())
                && i.state() != VoteState.CANCELLED && i.state() != VoteState.FAILED);
    }
}
