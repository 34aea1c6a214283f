package org.steemdesk.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.curation.TrailReport.Outcome;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;

class TrailRunnerTest extends OnCacheDatabase {
    final AccountName bob = AccountName.of("bob");
    final AccountName alice = AccountName.of("alice");
    final AccountName carol = AccountName.of("carol");
    final Instant trailAdded = Instant.parse("2026-03-01T08:00:00Z");
    final Map<String, List<TrailPost>> node = new HashMap<>();
    boolean offline;

    CurationTrail trail;

    @BeforeEach
    void open() {
        trail = new CurationTrail(db);
    }

    /** A run at {@code now}, which is also the chain's head time; the chain's reverse auction is 300 s. */
    TrailReport runAt(Instant now) {
        TrailPostSource source = (entry, decided) -> {
            if (offline) {
                throw new NodeUnreachableException("offline");
            }
            return node.getOrDefault(entry.name(), List.of());
        };
        return new TrailRunner(trail, source, queue, Clock.fixed(now, ZoneOffset.UTC),
                () -> new TrailRunner.ChainNow(now, Duration.ofSeconds(300))).run(bob);
    }

    TrailPost post(AccountName author, String permlink, Instant created, AccountName... voters) {
        return new TrailPost(author, Permlink.of(permlink), created, Optional.of(created.plus(Duration.ofDays(7))),
                true, Set.of(voters));
    }

    void publish(String listing, TrailPost post) {
        node.computeIfAbsent(listing, k -> new ArrayList<>()).add(0, post);
    }

    @Test
    void queuesAScheduledVoteWithTheTrailsWeightAgeAndManaFloorOncePerPost() {
        trail.add(bob, TrailEntry.author(alice, 3_000, trailAdded));
        trail.saveSettings(new TrailSettings(5, 8_500, Duration.ofMinutes(20)));
        Instant created = trailAdded.plus(Duration.ofHours(1));
        publish("alice", post(alice, "new-post", created));

        TrailReport first = runAt(created.plusSeconds(60));
        TrailReport second = runAt(created.plusSeconds(120));

        assertThat(first.actions()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.QUEUED);
            assertThat(a.permlink()).isEqualTo(Permlink.of("new-post"));
        });
        assertThat(second.actions()).isEmpty();
        VoteIntent intent = queue.all().get(0);
        assertThat(queue.all()).hasSize(1);
        assertThat(intent.id()).isEqualTo(first.actions().get(0).intentId().getAsLong());
        assertThat(intent.weight()).isEqualTo(3_000);
        assertThat(intent.atAge()).contains(Duration.ofMinutes(20));
        assertThat(intent.minManaBasisPoints()).hasValue(8_500);
        assertThat(intent.state()).isEqualTo(VoteState.PENDING);
    }

    @Test
    void ignoresPostsFromBeforeTheAuthorJoinedTheTrailAndComments() {
        trail.add(bob, TrailEntry.author(alice, 10_000, trailAdded));
        publish("alice", post(alice, "old", trailAdded.minusSeconds(1)));
        publish("alice", new TrailPost(alice, Permlink.of("re-x"), trailAdded.plusSeconds(5),
                Optional.of(trailAdded.plus(Duration.ofDays(7))), false, Set.of()));

        assertThat(runAt(trailAdded.plus(Duration.ofHours(1))).actions()).isEmpty();
        assertThat(queue.all()).isEmpty();
    }

    /**
     * bob trails alice, who publishes at the returned time a post bob voted on chain and, a second later, one he
     * queued a full vote on by hand.
     */
    private Instant postsBobVotedOnChainOrQueued() {
        trail.add(bob, TrailEntry.author(alice, 5_000, trailAdded));
        Instant created = trailAdded.plus(Duration.ofHours(1));
        publish("alice", post(alice, "voted-on-chain", created, bob));
        publish("alice", post(alice, "voted-by-hand", created.plusSeconds(1)));
        queue.record(VoteRequest.now(bob, alice, Permlink.of("voted-by-hand"), 10_000), created);
        return created;
    }

    @Test
    void postsPastTheirPayoutWindowAreSkippedAndReportedOnce() {
        Instant created = postsBobVotedOnChainOrQueued();
        publish("alice", post(alice, "paid-out", created.plusSeconds(2)));

        TrailReport report = runAt(created.plus(Duration.ofDays(7)).plusSeconds(3));
        TrailReport again = runAt(created.plus(Duration.ofDays(7)).plusSeconds(4));

        assertThat(report.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome()).containsExactly(
                "voted-on-chain:PAYOUT_WINDOW_CLOSED", "voted-by-hand:PAYOUT_WINDOW_CLOSED",
                "paid-out:PAYOUT_WINDOW_CLOSED");
        assertThat(again.actions()).isEmpty();
        assertThat(queue.all()).hasSize(1).allSatisfy(i -> assertThat(i.weight()).isEqualTo(10_000));
    }

    @Test
    void skipsPostsTheAccountVotedOrQueuedItself() {
        Instant created = postsBobVotedOnChainOrQueued();

        TrailReport report = runAt(created.plus(Duration.ofMinutes(5)));

        assertThat(report.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome()).containsExactly(
                "voted-on-chain:ALREADY_VOTED", "voted-by-hand:ALREADY_VOTED");
        assertThat(queue.all()).singleElement().satisfies(i -> assertThat(i.weight()).isEqualTo(10_000));
    }

    @Test
    void dailyCapCountsTrailVotesPerUtcDayAndLeavesTheRestForTomorrow() {
        trail.add(bob, TrailEntry.author(alice, 1_000, trailAdded));
        trail.add(bob, TrailEntry.tag("kr", 2_000, trailAdded));
        trail.saveSettings(new TrailSettings(2, 0, Duration.ofMinutes(5)));
        Instant lateEvening = Instant.parse("2026-03-01T23:00:00Z");
        publish("alice", post(alice, "a1", lateEvening.minusSeconds(300)));
        publish("alice", post(alice, "a2", lateEvening.minusSeconds(200)));
        publish("kr", post(carol, "k1", lateEvening.minusSeconds(100)));

        TrailReport evening = runAt(lateEvening);
        TrailReport stillEvening = runAt(lateEvening.plus(Duration.ofMinutes(30)));
        TrailReport nextDay = runAt(Instant.parse("2026-03-02T00:10:00Z"));

        assertThat(evening.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome()).containsExactly(
                "a1:QUEUED", "a2:QUEUED", "k1:DAILY_CAP_REACHED");
        assertThat(stillEvening.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome())
                .containsExactly("k1:DAILY_CAP_REACHED");
        assertThat(nextDay.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome())
                .containsExactly("k1:QUEUED");
        assertThat(queue.all()).extracting(VoteIntent::weight).containsExactlyInAnyOrder(1_000, 1_000, 2_000);
    }

    @Test
    void votesQueuedByHandDoNotCountAgainstTheCap() {
        trail.add(bob, TrailEntry.author(alice, 1_000, trailAdded));
        trail.saveSettings(new TrailSettings(1, 0, Duration.ZERO));
        Instant now = trailAdded.plus(Duration.ofHours(2));
        queue.record(VoteRequest.now(bob, carol, Permlink.of("by-hand"), 10_000), now);
        publish("alice", post(alice, "a1", now.minusSeconds(60)));

        assertThat(runAt(now).count(Outcome.QUEUED)).isEqualTo(1);
    }

    @Test
    void anUnreachableNodeIsReportedPerEntryAndQueuesNothing() {
        trail.add(bob, TrailEntry.author(alice, 1_000, trailAdded));
        publish("alice", post(alice, "a1", trailAdded.plusSeconds(60)));
        offline = true;

        TrailReport report = runAt(trailAdded.plus(Duration.ofHours(1)));

        assertThat(report.unreachable()).extracting(TrailEntry::name).containsExactly("alice");
        assertThat(queue.all()).isEmpty();
    }

    @Test
    void trailEntriesAreKeptPerAccountAndReAddingChangesTheWeightOnly() {
        trail.add(bob, TrailEntry.author(alice, 1_000, trailAdded));
        trail.add(bob, TrailEntry.author(alice, 4_000, trailAdded.plusSeconds(99)));
        trail.add(carol, TrailEntry.tag("kr", 500, trailAdded));

        assertThat(trail.entries(bob)).containsExactly(TrailEntry.author(alice, 4_000, trailAdded));
        assertThat(trail.remove(bob, TrailSource.AUTHOR, "alice")).isTrue();
        assertThat(trail.remove(bob, TrailSource.AUTHOR, "alice")).isFalse();
        assertThat(trail.entries(bob)).isEmpty();
        assertThat(trail.entries(carol)).hasSize(1);
        assertThat(trail.settings()).isEqualTo(TrailSettings.DEFAULTS);
    }

    TrailPost tagged(AccountName author, String permlink, Instant created, String payout, String... tags) {
        return new TrailPost(author, Permlink.of(permlink), created, Optional.of(created.plus(Duration.ofDays(7))),
                true, Set.of(), Set.of(tags), Optional.of(Asset.parse(payout)), Optional.empty());
    }

    @Test
    void withoutAVoteAgeOfItsOwnTheTrailVotesWhenTheChainsReverseAuctionEnds() {
        trail.add(bob, TrailEntry.author(alice, 3_000, trailAdded));
        Instant created = trailAdded.plus(Duration.ofHours(1));
        publish("alice", post(alice, "p", created));

        runAt(created.plusSeconds(30));

        assertThat(queue.all()).singleElement().satisfies(i -> {
            assertThat(i.atAge()).contains(Duration.ofSeconds(300));
            assertThat(i.minManaBasisPoints()).hasValue(TrailSettings.DEFAULTS.manaFloorBasisPoints());
        });
    }

    @Test
    void anEntrysDelayManaFloorAndCapOverrideTheTrails() {
        TrailRules own = new TrailRules(Optional.of(Duration.ofSeconds(600)), false, false, true, Set.of(), Set.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty(), OptionalInt.of(1), OptionalInt.of(9_000));
        trail.add(bob, TrailEntry.author(alice, 3_000, trailAdded).withRules(own));
        Instant created = trailAdded.plus(Duration.ofHours(1));
        publish("alice", post(alice, "p1", created));
        publish("alice", post(alice, "p2", created.plusSeconds(1)));

        TrailReport report = runAt(created.plusSeconds(30));

        assertThat(report.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome())
                .containsExactly("p1:QUEUED", "p2:DAILY_CAP_REACHED");
        assertThat(queue.all()).singleElement().satisfies(i -> {
            assertThat(i.atAge()).contains(Duration.ofSeconds(600));
            assertThat(i.minManaBasisPoints()).hasValue(9_000);
        });
    }

    @Test
    void tagAndAuthorListsAndThePayoutRangeFilterPosts() {
        TrailRules own = new TrailRules(Optional.empty(), false, false, true, Set.of("photography"), Set.of("nsfw"),
                Set.of(), Set.of(carol), Optional.of(Asset.parse("1.000 SBD")), Optional.of(Asset.parse("50.000 SBD")),
                OptionalInt.empty(), OptionalInt.empty());
        trail.add(bob, TrailEntry.tag("kr", 5_000, trailAdded).withRules(own));
        Instant t = trailAdded.plus(Duration.ofHours(1));
        publish("kr", tagged(alice, "fits", t, "2.000 SBD", "kr", "photography"));
        publish("kr", tagged(alice, "other-tag", t.plusSeconds(1), "2.000 SBD", "kr", "food"));
        publish("kr", tagged(alice, "excluded-tag", t.plusSeconds(2), "2.000 SBD", "photography", "nsfw"));
        publish("kr", tagged(carol, "excluded-author", t.plusSeconds(3), "2.000 SBD", "photography"));
        publish("kr", tagged(alice, "too-rich", t.plusSeconds(4), "60.000 SBD", "photography"));
        publish("kr", tagged(alice, "too-poor", t.plusSeconds(5), "0.500 SBD", "photography"));

        TrailReport report = runAt(t.plusSeconds(60));
        TrailReport again = runAt(t.plusSeconds(120));

        assertThat(report.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome()).containsExactly(
                "fits:QUEUED", "other-tag:FILTERED", "excluded-tag:FILTERED", "excluded-author:FILTERED",
                "too-rich:PAYOUT_TOO_HIGH", "too-poor:PAYOUT_TOO_LOW");
        // Only the post below the minimum is looked at again: its payout may still grow.
        assertThat(again.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome())
                .containsExactly("too-poor:PAYOUT_TOO_LOW");
    }

    @Test
    void aCuratorsVotesAreFollowedScaledByTheirWeightSkippingSelfVotesAndComments() {
        TrailRules follow = new TrailRules(Optional.empty(), true, true, true, Set.of(), Set.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
        trail.add(bob, TrailEntry.curator(carol, 8_000, trailAdded, follow));
        Instant t = trailAdded.plus(Duration.ofHours(1));
        Instant now = t.plus(Duration.ofMinutes(10));
        // carol voted 50 % on alice's post 4 minutes after it was created (inside the auction), 100 % on an older
        // post after the auction, on her own post, and on a comment.
        publish("carol", post(alice, "young", t.plus(Duration.ofMinutes(6)))
                .withLeaderVote(new TrailPost.LeaderVote(carol, 5_000, t.plus(Duration.ofMinutes(10)))));
        publish("carol", post(alice, "older", t)
                .withLeaderVote(new TrailPost.LeaderVote(carol, 10_000, t.plus(Duration.ofMinutes(9)))));
        publish("carol", post(carol, "her-own", t.plusSeconds(1))
                .withLeaderVote(new TrailPost.LeaderVote(carol, 10_000, t.plus(Duration.ofMinutes(8)))));
        publish("carol", new TrailPost(alice, Permlink.of("re-x"), t.plusSeconds(2),
                Optional.of(t.plus(Duration.ofDays(7))), false, Set.of())
                .withLeaderVote(new TrailPost.LeaderVote(carol, 10_000, t.plus(Duration.ofMinutes(7)))));

        TrailReport report = runAt(now);

        assertThat(report.actions()).extracting(a -> a.permlink().value() + ":" + a.outcome() + ":" + a.weight())
                .containsExactly("older:QUEUED:8000", "her-own:SELF_VOTE:8000", "re-x:COMMENT:8000",
                        "young:QUEUED:4000");
        VoteIntent older = queue.all().stream().filter(i -> i.permlink().value().equals("older")).findFirst()
                .orElseThrow();
        VoteIntent young = queue.all().stream().filter(i -> i.permlink().value().equals("young")).findFirst()
                .orElseThrow();
        // Past the auction: at once. Inside it: when the post is 300 s old.
        assertThat(older.atAge()).isEmpty();
        assertThat(older.notBefore()).isEmpty();
        assertThat(young.atAge()).contains(Duration.ofSeconds(300));
    }

    @Test
    void aCuratorsVoteIsFollowedItsDelayLaterInChainTime() {
        TrailRules delayed = new TrailRules(Optional.of(Duration.ofSeconds(120)), false, false, true, Set.of(),
                Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty());
        trail.add(bob, TrailEntry.curator(carol, 8_000, trailAdded, delayed));
        Instant t = trailAdded.plus(Duration.ofHours(1));
        publish("carol", post(alice, "p", t).withLeaderVote(new TrailPost.LeaderVote(carol, 10_000,
                t.plus(Duration.ofMinutes(10)))));

        runAt(t.plus(Duration.ofMinutes(11)));

        assertThat(queue.all()).singleElement().satisfies(i -> assertThat(i.notBefore())
                .contains(t.plus(Duration.ofMinutes(12))));
    }

    @Test
    void rulesAreStoredWithTheEntry() {
        TrailRules own = new TrailRules(Optional.of(Duration.ofSeconds(90)), true, true, false, Set.of("kr"),
                Set.of("spam"), Set.of(alice), Set.of(carol), Optional.of(Asset.parse("1.000 SBD")),
                Optional.of(Asset.parse("50.000 SBD")), OptionalInt.of(3), OptionalInt.of(7_500));
        TrailEntry entry = TrailEntry.curator(carol, 6_000, trailAdded, own);
        trail.add(bob, entry);
        assertThat(trail.entries(bob)).containsExactly(entry);
        trail.add(bob, entry.withRules(TrailRules.DEFAULT.equals(own) ? own : rulesWithoutScaling()));
        assertThat(trail.entries(bob).get(0).rules().scaleByLeader()).isFalse();
    }

    TrailRules rulesWithoutScaling() {
        return new TrailRules(Optional.empty(), false, false, true, Set.of(), Set.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }
}
