package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

class VoteQueueTest extends OnCacheDatabase {
    final Instant t0 = Instant.parse("2026-01-15T12:00:00Z");
    final AccountName alice = AccountName.of("alice");

    private VoteRequest vote(String permlink, int weight) {
        return VoteRequest.now(alice, AccountName.of("bob"), Permlink.of(permlink), weight);
    }

    @Test
    void recordsAPendingIntentThatIsDueAtOnce() {
        VoteIntent intent = queue.record(vote("p1", 10_000), t0);
        assertThat(intent.state()).isEqualTo(VoteState.PENDING);
        assertThat(intent.createdAt()).isEqualTo(t0);
        assertThat(queue.due(t0)).containsExactly(intent);
    }

    @Test
    void weightOutsideTheChainRangeIsRefused() {
        assertThatThrownBy(() -> vote("p", 10_001)).hasMessageContaining("-100% and 100%");
        assertThatThrownBy(() -> vote("p", -10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vote("p", 100).withMinMana(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondVoteOnTheSamePostReplacesTheWaitingOne() {
        VoteIntent first = queue.record(vote("p1", 10_000), t0);
        VoteIntent other = queue.record(vote("p2", 5_000), t0);
        VoteIntent second = queue.record(vote("p1", 2_500), t0.plusSeconds(1));

        assertThat(queue.get(first.id()).orElseThrow().state()).isEqualTo(VoteState.CANCELLED);
        assertThat(queue.get(first.id()).orElseThrow().reason()).contains(VoteFailure.REPLACED);
        assertThat(queue.waiting()).extracting(VoteIntent::id).containsExactly(other.id(), second.id());
        assertThat(queue.get(second.id()).orElseThrow().weight()).isEqualTo(2_500);
    }

    @Test
    void scheduledVotesWaitForTheirTime() {
        VoteIntent later = queue.record(vote("p1", 10_000).withNotBefore(t0.plusSeconds(600)), t0);
        VoteIntent atAge = queue.record(vote("p2", 10_000).withAtAge(Duration.ofMinutes(15)), t0);
        assertThat(queue.due(t0)).isEmpty();
        assertThat(queue.due(t0.plusSeconds(600))).containsExactly(later);
        assertThat(atAge.awaitsPostTime()).isTrue();

        assertThat(queue.schedule(atAge.id(), t0.plusSeconds(900), t0)).isTrue();
        assertThat(queue.due(t0.plusSeconds(900))).extracting(VoteIntent::id).containsExactly(later.id(), atAge.id());
    }

    @Test
    void cancelOnlyWhileWaiting() {
        VoteIntent a = queue.record(vote("p1", 10_000), t0);
        assertThat(queue.cancel(a.id(), t0)).isTrue();
        assertThat(queue.cancel(a.id(), t0)).isFalse();
        assertThat(queue.due(t0)).isEmpty();

        VoteIntent b = queue.record(vote("p2", 10_000), t0);
        queue.claim(b.id(), tx("1"), t0).orElseThrow();
        assertThat(queue.cancel(b.id(), t0)).isFalse();
    }

    @Test
    void claimStoresTheSignedTransactionAndTheSendingStateTogether() {
        VoteIntent a = queue.record(vote("p1", 10_000), t0);
        var entry = queue.claim(a.id(), tx("a"), t0).orElseThrow();
        VoteIntent claimed = queue.get(a.id()).orElseThrow();
        assertThat(claimed.state()).isEqualTo(VoteState.SENDING);
        assertThat(claimed.outboxId()).hasValue(entry.id());
        assertThat(claimed.txId()).contains(entry.txId());
        assertThat(outbox.get(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
        // A second claim (e.g. another process) gets nothing and stores nothing.
        assertThat(queue.claim(a.id(), tx("b"), t0)).isEmpty();
        assertThat(outbox.byTxId(tx("b").txId())).isEmpty();
    }

    static SignedTransactionData tx(String seed) {
        String hex = String.format("%40s", Integer.toHexString(seed.hashCode() & 0x7fffffff)).replace(' ', '0');
        return new SignedTransactionData("{\"tx\":\"" + seed + "\"}", hex, Instant.parse("2026-01-15T12:01:00Z"));
    }
}
