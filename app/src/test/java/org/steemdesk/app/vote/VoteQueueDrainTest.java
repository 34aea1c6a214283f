package org.steemdesk.app.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.outbox.ChainPresence;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.outbox.SendOutcome;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodeErrorKind;
import org.steemdesk.testnode.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

class VoteQueueDrainTest extends OnCacheDatabase {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
    final AccountName alice = AccountName.of("alice");
    final List<Duration> slept = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    Instant lastVote = Instant.EPOCH;
    int signed;

    /** A chain that takes one vote per 3 seconds of (test) time. */
    SendOutcome send(String json, String txId) {
        if (Duration.between(lastVote, clock.instant()).compareTo(Duration.ofSeconds(3)) < 0) {
            return new SendOutcome.Rejected(NodeErrorKind.VOTE_INTERVAL, "Can only vote once every 3 seconds.");
        }
        lastVote = clock.instant();
        applied.add(txId);
        return new SendOutcome.Accepted();
    }

    VoteQueueDrain drain(Duration horizon) {
        VoteSigner signer = intent -> Optional.of(new SignedTransactionData("{}", String.format("%040x", ++signed),
                clock.instant().plus(Duration.ofMinutes(10))));
        PostLookup posts = (author, permlink) -> Optional.of(new PostTiming(clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofDays(6)), clock.instant()));
        VotingManaLookup mana = account -> new Manabar(1000, 1000, clock.instant(), Manabar.STEEM_REGENERATION_SECONDS);
        VoteQueueFlusher flusher = new VoteQueueFlusher(db, queue, outbox,
                new OutboxDelivery(outbox, this::send, (tx, exp) -> ChainPresence.UNKNOWN), signer, posts, mana, clock);
        return new VoteQueueDrain(flusher, queue, clock, d -> {
            slept.add(d);
            clock.advance(d);
        }, horizon);
    }

    void record(String permlink) {
        queue.record(VoteRequest.now(alice, AccountName.of("kimchi"), Permlink.of(permlink), 10_000), clock.instant());
    }

    @Test
    void waitsOutTheVoteIntervalUntilEveryDueVoteIsSent() {
        record("a");
        record("b");
        record("c");

        List<FlushReport> reports = drain(Duration.ofSeconds(10)).drain();

        assertThat(applied).hasSize(3);
        assertThat(queue.all()).allSatisfy(i -> assertThat(i.state()).isEqualTo(VoteState.SENT));
        assertThat(slept).isNotEmpty().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(3)));
        assertThat(reports).noneMatch(FlushReport::offline);
    }

    @Test
    void leavesVotesDueLaterThanTheHorizonForALaterFlush() {
        queue.record(VoteRequest.now(alice, AccountName.of("kimchi"), Permlink.of("later"), 10_000)
                .withNotBefore(clock.instant().plus(Duration.ofMinutes(15))), clock.instant());
        record("now");

        drain(Duration.ofSeconds(10)).drain();

        assertThat(applied).hasSize(1);
        assertThat(slept).isEmpty();
        assertThat(queue.waiting()).extracting(i -> i.permlink().value()).containsExactly("later");
    }
}
