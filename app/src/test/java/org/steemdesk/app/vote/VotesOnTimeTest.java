package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.rewards.EconomicsFixture;
import org.steemdesk.app.rewards.VoteRecord;
import org.steemdesk.app.rewards.VoteRecords;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.testnode.MutableClock;

/** The app's votes as the vote clock drives them, through an {@link AppContext} on a loopback node and a test clock. */
class VotesOnTimeTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(NOW);

    AppContext open(TestNode node) {
        return AppContext.open(AppSettings.defaults().withDataDir(dir).withNodes(List.of(node.url())).withClock(clock)
                .withVault(new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofHours(1), clock,
                        new SecureRandom())));
    }

    /** The context's votes, with a vault that holds {@code voter}'s posting key, unlocked. */
    private static Votes votesSignedBy(AppContext app, AccountName voter) {
        app.keys().create("pw".toCharArray());
        app.keys().vault().put(voter, KeyRole.POSTING, PrivateKey.fromSeed("voter".getBytes()));
        return app.votes();
    }

    static long requests(TestNode node, String method) {
        return node.received("condenser_api." + method).size();
    }

    @Test
    void aPreparedVoteIsSentWithOnlyTheHeadBlockReadAndRecordsItsExpectedCuration() throws Exception {
        JsonNode c = EconomicsFixture.recorded("tiny-voter-on-small-post");
        AccountName voter = AccountName.of(c.path("voter").asText());
        try (TestNode node = EconomicsFixture.serve(c, NOW, a -> { });
             AppContext app = open(node)) {
            Votes votes = votesSignedBy(app, voter);
            VoteIntent intent = votes.record(new VoteRequest(voter, AccountName.of(c.path("author").asText()),
                    Permlink.of(c.path("permlink").asText()), c.path("weight").asInt(),
                    Optional.of(NOW.plusSeconds(10)), Optional.empty(), OptionalInt.empty()));
            assertThat(votes.nextDue()).contains(NOW.plusSeconds(10));

            votes.prepare(NOW.plusSeconds(25));
            List<String> reads = List.of("get_content", "get_accounts", "get_reward_fund",
                    "get_current_median_history_price", "get_dynamic_global_properties");
            long[] before = reads.stream().mapToLong(m -> requests(node, m)).toArray();
            clock.advance(Duration.ofSeconds(10));
            FlushReport report = votes.flushDue();

            assertThat(report.count(FlushReport.Kind.SENT)).isEqualTo(1);
            // Only the head block for TaPoS: the post, the mana and the estimate came from the prepared state.
            for (int i = 0; i < reads.size(); i++) {
                long expected = reads.get(i).equals("get_dynamic_global_properties") ? 1 : 0;
                assertThat(requests(node, reads.get(i)) - before[i]).as(reads.get(i)).isEqualTo(expected);
            }
            assertThat(requests(node, "broadcast_transaction_synchronous")).isEqualTo(1);
            VoteRecord record;
            try (CacheDatabase db = CacheDatabase.open(dir.resolve("cache.db"))) {
                record = new VoteRecords(db).find(intent.id()).orElseThrow();
            }
            assertThat(record.estimatedValue()).isPresent();
            assertThat(record.expectedCuration()).hasValueSatisfying(a -> assertThat(a.symbol().name())
                    .isEqualTo("STEEM"));
            assertThat(record.postAge()).isPresent();
        }
    }

    @Test
    void anAtAgeVoteIsRetimedWithTheSharpenedChainClock() throws Exception {
        JsonNode c = EconomicsFixture.recorded("first-upvote-at-30s");
        AccountName voter = AccountName.of(c.path("voter").asText());
        try (TestNode node = EconomicsFixture.serve(c, NOW, a -> { });
             AppContext app = open(node)) {
            Votes votes = votesSignedBy(app, voter);
            // The post is 30 s old at NOW; at 300 s it is due, 270 s from now in chain time.
            VoteIntent intent = votes.record(VoteRequest.now(voter, AccountName.of(c.path("author").asText()),
                    Permlink.of(c.path("permlink").asText()), 10_000).withAtAge(Duration.ofSeconds(300)));
            clock.advance(Duration.ofMillis(1500));
            // Its post time is unknown yet: it is due at once, for the send to look the post up.
            assertThat(votes.nextDue()).contains(intent.createdAt());
            FlushReport scheduled = votes.flushDue();
            assertThat(scheduled.count(FlushReport.Kind.SCHEDULED)).isEqualTo(1);
            Instant first = votes.get(intent.id()).orElseThrow().notBefore().orElseThrow();
            // The head (NOW) was seen 1.5 s after its time: the vote goes 1.5 s after the due block, not before.
            assertThat(first).isEqualTo(NOW.plusSeconds(270).plusMillis(1500));

            votes.prepare(first.plusSeconds(1));
            Instant retimed = votes.get(intent.id()).orElseThrow().notBefore().orElseThrow();
            assertThat(retimed).isBeforeOrEqualTo(first).isAfterOrEqualTo(NOW.plusSeconds(270));
        }
    }
}
