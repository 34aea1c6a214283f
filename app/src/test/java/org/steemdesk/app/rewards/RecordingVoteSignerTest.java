package org.steemdesk.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.app.vote.PostLookup;
import org.steemdesk.app.vote.PostTiming;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteSigner;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;

class RecordingVoteSignerTest extends OnCacheDatabase {
    VoteRecords records;
    final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    final Instant created = now.minus(Duration.ofMinutes(17));
    final SignedTransactionData tx = new SignedTransactionData("{}", "cd".repeat(20), now.plusSeconds(60));
    final PostLookup posts = (a, p) -> Optional.of(new PostTiming(created, created.plus(Duration.ofDays(7)), now));
    final VoteExpectation expected = new VoteExpectation(Asset.parse("0.123 SBD"), Asset.parse("0.045 STEEM"), "1234");

    @BeforeEach
    void open() {
        records = new VoteRecords(db);
    }

    VoteIntent intent() {
        return queue.record(VoteRequest.now(AccountName.of("bob"), AccountName.of("alice"), Permlink.of("p"), 5_000),
                now.minusSeconds(30));
    }

    RecordingVoteSigner signer(VoteSigner inner, VoteEstimator estimator, PostLookup lookup) {
        return new RecordingVoteSigner(inner, estimator, lookup, records, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void recordsTheEstimateAndPostAgeWhenItSigns() throws Exception {
        VoteIntent intent = intent();

        Optional<SignedTransactionData> signed = signer(i -> Optional.of(tx), i -> expected, posts)
                .sign(intent);

        assertThat(signed).contains(tx);
        VoteRecord r = records.find(intent.id()).orElseThrow();
        assertThat(r.estimatedValue()).contains(Asset.parse("0.123 SBD"));
        assertThat(r.expectedCuration()).contains(Asset.parse("0.045 STEEM"));
        assertThat(r.postAge()).contains(Duration.ofMinutes(17));
        assertThat(r.votedAt()).isEqualTo(now);
    }

    @Test
    void recordsNothingWhileTheKeyIsLocked() throws Exception {
        VoteIntent intent = intent();

        assertThat(signer(i -> Optional.empty(), i -> expected, posts).sign(intent)).isEmpty();
        assertThat(records.find(intent.id())).isEmpty();
    }

    @Test
    void aFailedEstimateOrLookupNeverHoldsTheVoteBack() throws Exception {
        VoteIntent intent = intent();
        VoteEstimator offline = i -> {
            throw new NodeUnreachableException("offline");
        };
        PostLookup broken = (a, p) -> {
            throw new IllegalStateException("malformed answer");
        };

        assertThat(signer(i -> Optional.of(tx), offline, broken).sign(intent)).contains(tx);
        VoteRecord r = records.find(intent.id()).orElseThrow();
        assertThat(r.estimatedValue()).isEmpty();
        assertThat(r.expectedCuration()).isEmpty();
        assertThat(r.postAge()).isEmpty();
    }
}
