package org.steemdesk.app.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.rewards.EconomicsFixture;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.testnode.Fault;

/**
 * The curation runner in-process, on real threads against a loopback node: a second {@link AppContext} on the same
 * data folder plays the other Steemdesk process. The checks wait for what the runner reports (bounded), never for a
 * fixed time.
 */
class CurationRunnerTest {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    final List<RunnerEvent> events = new CopyOnWriteArrayList<>();
    final JsonNode c = EconomicsFixture.recorded("tiny-voter-on-small-post");
    final AccountName voter = AccountName.of(c.path("voter").asText());

    AppSettings settings(TestNode node) {
        // One quick round per read, so an outage is noticed at once.
        NodePool.Settings quick = new NodePool.Settings(AppSettings.NODE_POLICY.maxHeadBlockAge(),
                AppSettings.NODE_POLICY.headCheckInterval(), 1, Duration.ZERO, Duration.ZERO);
        return AppSettings.defaults().withDataDir(dir).withNodes(List.of(node.url())).withNodePolicy(quick)
                .withVault(new VaultSettings(new Argon2idParameters(64, 1, 1), Duration.ofHours(1),
                        Clock.systemUTC(), new SecureRandom()));
    }

    TestNode node() throws Exception {
        return EconomicsFixture.serve(c, Instant.now().truncatedTo(ChronoUnit.SECONDS), a -> { });
    }

    CurationRunner start(AppContext app) {
        app.keys().create("pw".toCharArray());
        app.keys().vault().put(voter, KeyRole.POSTING, PrivateKey.fromSeed("voter".getBytes()));
        return app.startCurationRunner(List.of(voter), Duration.ofHours(1), List.of(), events::add);
    }

    VoteRequest vote() {
        return VoteRequest.now(voter, AccountName.of(c.path("author").asText()), Permlink.of(c.path("permlink")
                .asText()), c.path("weight").asInt());
    }

    <T extends RunnerEvent> T await(Class<T> type, Predicate<T> match) throws InterruptedException {
        Instant end = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(end)) {
            for (RunnerEvent e : events) {
                if (type.isInstance(e) && match.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + PATIENCE + ": " + events);
    }

    @Test
    void picksUpAVoteQueuedByAnotherProcessSendsItAndStopsCleanly() throws Exception {
        try (TestNode node = node();
             AppContext runnerApp = AppContext.open(settings(node));
             AppContext other = AppContext.open(settings(node))) {
            CurationRunner runner = start(runnerApp);
            await(RunnerEvent.Started.class, s -> s.accounts().equals(List.of(voter)));

            assertThat(other.votes().runnerElsewhere()).isTrue();
            VoteIntent intent = other.votes().record(vote());
            // The other process leaves sending to the runner instead of competing for the flush lock.
            assertThat(other.votes().drain()).allMatch(FlushReport::busy);

            await(RunnerEvent.VoteQueued.class, q -> q.intent().id() == intent.id());
            RunnerEvent.VoteOutcome sent = await(RunnerEvent.VoteOutcome.class,
                    o -> o.intent().id() == intent.id() && o.kind() == FlushReport.Kind.SENT);
            assertThat(sent.intent().txId()).isPresent();
            assertThat(other.votes().get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
            assertThat(node.received("condenser_api.broadcast_transaction_synchronous")).hasSize(1);

            runner.close();
            assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(RunnerEvent.Stopped.class,
                    s -> assertThat(s.abandonedSend()).isFalse());
            assertThat(other.votes().runnerElsewhere()).isFalse();
        }
    }

    @Test
    void aSecondRunnerOnTheSameFolderIsRefused() throws Exception {
        try (TestNode node = node();
             AppContext first = AppContext.open(settings(node));
             AppContext second = AppContext.open(settings(node));
             CurationRunner runner = start(first)) {
            assertThatThrownBy(() -> second.startCurationRunner(List.of(voter), Duration.ofHours(1), List.of(),
                    e -> { })).isInstanceOf(RunnerBusyException.class);
            assertThat(runner).isNotNull();
        }
    }

    @Test
    @SuppressWarnings("try") // the runner only has to run while the node goes down and comes back
    void aNodeOutageKeepsTheVoteQueuedAndItGoesWhenTheNodeIsBack() throws Exception {
        try (TestNode node = node();
             AppContext app = AppContext.open(settings(node));
             CurationRunner runner = start(app)) {
            await(RunnerEvent.Started.class, s -> true);
            node.fault(Fault.UNAVAILABLE);
            VoteIntent intent = app.votes().record(vote());

            await(RunnerEvent.Offline.class, o -> o.retryIn().equals(Duration.ofSeconds(1)));
            assertThat(app.votes().get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.PENDING);

            node.fault(null);
            await(RunnerEvent.BackOnline.class, b -> true);
            await(RunnerEvent.VoteOutcome.class, o -> o.intent().id() == intent.id()
                    && o.kind() == FlushReport.Kind.SENT);
            assertThat(node.received("condenser_api.broadcast_transaction_synchronous")).hasSize(1);
        }
    }

    @Test
    void stoppingWhileAVoteWaitsForItsTimeLeavesItQueued() throws Exception {
        try (TestNode node = node();
             AppContext app = AppContext.open(settings(node))) {
            CurationRunner runner = start(app);
            VoteIntent later = app.votes().record(vote().withNotBefore(Instant.now().plus(Duration.ofHours(2))));
            await(RunnerEvent.VoteQueued.class, q -> q.intent().id() == later.id());

            runner.close();

            await(RunnerEvent.Stopped.class, s -> !s.abandonedSend());
            assertThat(app.votes().get(later.id()).orElseThrow().state()).isEqualTo(VoteState.PENDING);
            assertThat(node.received("condenser_api.broadcast_transaction_synchronous")).isEmpty();
        }
    }
}
