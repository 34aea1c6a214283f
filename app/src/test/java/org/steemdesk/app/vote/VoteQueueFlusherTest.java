package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.NodeUnreachableException;
import java.time.Clock;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.steemdesk.app.node.NodePostLookup;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.node.NodeProblemKind;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.app.outbox.ChainPresence;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.outbox.SendOutcome;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.outbox.TransactionSender;
import org.steemdesk.app.stake.Manabar;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodeErrorKind;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.testnode.MutableClock;

class VoteQueueFlusherTest {

    @TempDir
    Path tmp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
    final FakeNode node = new FakeNode();
    final FakeSigner signer = new FakeSigner();
    final AccountName alice = AccountName.of("alice");
    Instant postCreated = clock.instant().minus(Duration.ofHours(1));
    Duration chainLag = Duration.ZERO;
    Manabar aliceMana = new Manabar(1_000_000, 1_000_000, clock.instant(), Manabar.STEEM_REGENERATION_SECONDS);

    CacheDatabase db;
    VoteQueue queue;
    Outbox outbox;

    @BeforeEach
    void open() {
        reopen();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A fresh process: new connections and objects on the same file. */
    private void reopen() {
        if (db != null) {
            db.close();
        }
        db = CacheDatabase.open(tmp.resolve("cache.db"));
        outbox = new Outbox(db);
        queue = new VoteQueue(db, outbox);
    }

    private VoteQueueFlusher flusher(TransactionSender sender) {
        PostLookup posts = (author, permlink) -> {
            if (!node.online) {
                throw new NodeUnreachableException("offline");
            }
            Instant chainNow = clock.instant().minus(chainLag);
            return Optional.of(new PostTiming(postCreated, postCreated.plus(Duration.ofDays(7)), chainNow));
        };
        VotingManaLookup mana = account -> aliceMana;
        return new VoteQueueFlusher(db, queue, outbox, new OutboxDelivery(outbox, sender, node::presence), signer,
                posts, mana, clock);
    }

    private VoteQueueFlusher flusher() {
        return flusher(node);
    }

    private VoteIntent vote(String permlink) {
        return queue.record(VoteRequest.now(alice, AccountName.of("bob"), Permlink.of(permlink), 10_000),
                clock.instant());
    }

    @Test
    void offlineVotesQueueAndLandExactlyOnceWhenOnline() {
        node.online = false;
        vote("a");
        vote("b");
        vote("c");
        FlushReport offline = flusher().flush();
        assertThat(offline.offline()).isTrue();
        assertThat(queue.waiting()).hasSize(3);
        assertThat(signer.signed).isZero();

        node.online = true;
        FlushReport online = flusher().flush();
        assertThat(online.count(FlushReport.Kind.SENT)).isEqualTo(3);
        assertThat(node.broadcasts).hasSize(3);
        assertThat(node.applied).hasSize(3);

        FlushReport again = flusher().flush();
        assertThat(again.outcomes()).isEmpty();
        assertThat(node.broadcasts).hasSize(3);
        assertThat(queue.all()).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(VoteState.SENT);
            assertThat(i.txId()).isPresent();
        });
    }

    @Test
    void crashBetweenStoringAndSendingResendsTheSameTransactionOnce() {
        VoteIntent intent = vote("a");
        TransactionSender dies = (json, id) -> {
            throw new ProcessDeath();
        };
        assertThatThrownBy(() -> flusher(dies).flush()).isInstanceOf(ProcessDeath.class);
        String storedTxId = queue.get(intent.id()).orElseThrow().txId().orElseThrow();

        reopen();
        FlushReport report = flusher().flush();
        assertThat(report.count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(node.broadcasts).containsExactly(storedTxId);
        assertThat(signer.signed).isEqualTo(1);
        assertThat(flusher().flush().outcomes()).isEmpty();
        assertThat(node.broadcasts).hasSize(1);
    }

    @Test
    void crashAfterTheNodeAppliedItCountsTheDuplicateAsSuccess() {
        VoteIntent intent = vote("a");
        TransactionSender appliesThenDies = (json, id) -> {
            node.send(json, id);
            throw new ProcessDeath();
        };
        assertThatThrownBy(() -> flusher(appliesThenDies).flush()).isInstanceOf(ProcessDeath.class);

        reopen();
        FlushReport report = flusher().flush();
        assertThat(report.count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(node.applied).hasSize(1);
        assertThat(signer.signed).isEqualTo(1);
        assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
    }

    @Test
    void unclearThenDuplicateIsOneSuccessWithoutASecondSignature() {
        VoteIntent intent = vote("a");
        node.script.add(new SendOutcome.Unclear("read timeout"));
        FlushReport first = flusher().flush();
        assertThat(first.count(FlushReport.Kind.IN_FLIGHT)).isEqualTo(1);
        assertThat(first.offline()).isTrue();
        assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENDING);

        node.script.add(new SendOutcome.Duplicate());
        FlushReport second = flusher().flush();
        assertThat(second.count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(signer.signed).isEqualTo(1);
        assertThat(node.broadcasts).hasSize(2).containsOnly(node.broadcasts.get(0));
        var entry = outbox.get(queue.get(intent.id()).orElseThrow().outboxId().orElseThrow()).orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxState.CONFIRMED);
        assertThat(entry.attempts()).isEqualTo(2);
    }

    @Test
    void aNewSignatureOnlyAfterTheOldOneExpiredAndIsNotOnChain() {
        VoteIntent intent = vote("a");
        node.script.add(new SendOutcome.Unclear("connection reset"));
        flusher().flush();
        String firstTx = queue.get(intent.id()).orElseThrow().txId().orElseThrow();

        // Before expiry (+ grace) only the same bytes go out, however often we flush.
        node.online = false;
        flusher().flush();
        assertThat(signer.signed).isEqualTo(1);

        node.online = true;
        clock.advance(FakeSigner.EXPIRATION.plus(OutboxDelivery.EXPIRY_GRACE).plusSeconds(1));
        FlushReport afterExpiry = flusher().flush();
        assertThat(afterExpiry.count(FlushReport.Kind.REQUEUED)).isEqualTo(1);
        assertThat(afterExpiry.count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(signer.signed).isEqualTo(2);
        assertThat(node.applied).hasSize(1).doesNotContain(firstTx);
    }

    @Test
    void expiredButLandedIsSentNotResigned() {
        VoteIntent intent = vote("a");
        TransactionSender appliesButTimesOut = (json, id) -> {
            node.send(json, id);
            return new SendOutcome.Unclear("timeout after apply");
        };
        flusher(appliesButTimesOut).flush();
        clock.advance(FakeSigner.EXPIRATION.plus(OutboxDelivery.EXPIRY_GRACE).plusSeconds(1));
        FlushReport report = flusher().flush();
        assertThat(report.count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(signer.signed).isEqualTo(1);
        assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
    }

    @Test
    void notEnoughManaRetriesLaterAndIdenticalVoteFails() {
        VoteIntent mana = vote("a");
        VoteIntent same = vote("b");
        node.script.add(new SendOutcome.Rejected(NodeErrorKind.NOT_ENOUGH_MANA,
                "Assert Exception:voter.voting_manabar.has_mana( used_mana ): "
                + "Account does not have enough mana to vote."));
        node.script.add(new SendOutcome.Rejected(NodeErrorKind.VOTE_IDENTICAL, "Assert Exception:itr->vote_percent != o.weight: "
                + "Your current vote on this comment is identical to this vote."));
        flusher().flush();

        VoteIntent retry = queue.get(mana.id()).orElseThrow();
        assertThat(retry.state()).isEqualTo(VoteState.RETRY_LATER);
        assertThat(retry.reason()).contains(VoteFailure.NOT_ENOUGH_MANA);
        assertThat(retry.nextAttemptAt()).contains(clock.instant().plus(VoteQueueFlusher.RESOURCE_RETRY));
        VoteIntent failed = queue.get(same.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(VoteState.FAILED);
        assertThat(failed.reason()).contains(VoteFailure.ALREADY_VOTED_IDENTICALLY);
        assertThat(failed.nodeMessage()).hasValueSatisfying(m -> assertThat(m).contains("identical"));
        assertThat(failed.nodeErrorKind()).contains(NodeErrorKind.VOTE_IDENTICAL);
        assertThat(retry.nodeErrorKind()).contains(NodeErrorKind.NOT_ENOUGH_MANA);

        assertThat(flusher().flush().outcomes()).isEmpty();
        clock.advance(VoteQueueFlusher.RESOURCE_RETRY);
        assertThat(flusher().flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(signer.signed).isEqualTo(3);
    }

    @Test
    void lockedKeyLeavesVotesQueued() {
        vote("a");
        signer.unlocked = false;
        FlushReport report = flusher().flush();
        assertThat(report.count(FlushReport.Kind.KEY_LOCKED)).isEqualTo(1);
        assertThat(queue.waiting()).hasSize(1);
        assertThat(node.broadcasts).isEmpty();
    }

    @Test
    void atAgeVotesGoWhenThePostIsOldEnoughInChainTime() {
        postCreated = clock.instant().minus(Duration.ofMinutes(5));
        chainLag = Duration.ofSeconds(20);
        VoteIntent intent = queue.record(VoteRequest.now(alice, AccountName.of("bob"), Permlink.of("new"), 10_000)
                .withAtAge(Duration.ofMinutes(15)), clock.instant());

        FlushReport first = flusher().flush();
        assertThat(first.count(FlushReport.Kind.SCHEDULED)).isEqualTo(1);
        // Chain time is 20 s behind this clock: the post is 4m40s old in chain time, so 10m20s to go.
        Instant expected = clock.instant().plus(Duration.ofMinutes(10)).plusSeconds(20);
        assertThat(queue.get(intent.id()).orElseThrow().notBefore()).contains(expected);

        clock.advance(Duration.ofMinutes(10));
        assertThat(flusher().flush().outcomes()).isEmpty();
        clock.advance(Duration.ofSeconds(20));
        assertThat(flusher().flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
    }

    @Test
    void paidOutPostFailsWithoutSending() {
        postCreated = clock.instant().minus(Duration.ofDays(8));
        VoteIntent intent = vote("old");
        FlushReport report = flusher().flush();
        assertThat(report.outcomes()).containsExactly(new FlushReport.Outcome(intent.id(), FlushReport.Kind.FAILED,
                Optional.of(VoteFailure.POST_PAID_OUT)));
        assertThat(signer.signed).isZero();
    }

    @Test
    void manaFloorWaitsUntilTheManaHasRegenerated() {
        aliceMana = new Manabar(1_000_000, 700_000, clock.instant(), Manabar.STEEM_REGENERATION_SECONDS);
        VoteIntent intent = queue.record(VoteRequest.now(alice, AccountName.of("bob"), Permlink.of("p"), 10_000)
                .withMinMana(8_000), clock.instant());
        FlushReport report = flusher().flush();
        assertThat(report.count(FlushReport.Kind.RETRY_LATER)).isEqualTo(1);
        // 10% of 432000 s regenerates 100000 mana: 43200 s.
        assertThat(queue.get(intent.id()).orElseThrow().nextAttemptAt())
                .contains(clock.instant().plusSeconds(43_200));
        clock.advance(Duration.ofSeconds(43_200));
        assertThat(flusher().flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
    }

    @Test
    void aSecondFlusherWaitsForTheFirst() {
        vote("a");
        TransactionSender reentrant = (json, id) -> {
            FlushReport nested = flusher().flush();
            assertThat(nested.busy()).isTrue();
            return node.send(json, id);
        };
        assertThat(flusher(reentrant).flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(node.broadcasts).hasSize(1);
    }

    @Test
    void theKindOfTheRefusalDecidesNeverItsText() {
        VoteIntent intent = vote("a");
        // A text that would read as "identical vote" (final), with the kind the chain module gave: out of mana.
        node.script.add(new SendOutcome.Rejected(NodeErrorKind.NOT_ENOUGH_MANA,
                "Your current vote on this comment is identical to this vote."));
        flusher().flush();
        VoteIntent after = queue.get(intent.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(VoteState.RETRY_LATER);
        assertThat(after.reason()).contains(VoteFailure.NOT_ENOUGH_MANA);
    }

    @Test
    void resigningTheSameBytesAfterARejectionSendsThemAgain() {
        VoteIntent intent = vote("a");
        signer.fixedTxId = "00000000000000000000000000000000000000aa";
        node.script.add(new SendOutcome.Rejected(NodeErrorKind.VOTE_INTERVAL, "Assert Exception:elapsed_seconds >= STEEM_MIN_VOTE_INTERVAL_SEC: "
                + "Can only vote once every 3 seconds."));
        assertThat(flusher().flush().count(FlushReport.Kind.RETRY_LATER)).isEqualTo(1);
        clock.advance(VoteQueueFlusher.VOTE_INTERVAL_RETRY);
        assertThat(flusher().flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
        assertThat(node.applied).containsExactly("00000000000000000000000000000000000000aa");
        assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
    }

    @Test
    void aNodeWhoseHeadIsIn2099CannotMakeAVoteFailForGood() throws Exception {
        try (TestNode liar = TestNode.start(clock.instant())) {
            liar.answer("condenser_api.get_content", params -> post(postCreated));
            liar.headAt(Instant.parse("2099-01-01T00:00:00Z"));
            VoteIntent intent = vote("a");
            VoteQueueFlusher judgedByTheLiar = new VoteQueueFlusher(db, queue, outbox,
                    new OutboxDelivery(outbox, node, node::presence), signer,
                    new NodePostLookup(TestReaders.reader(liar, clock.instant())),
                    account -> aliceMana, clock);

            FlushReport report = judgedByTheLiar.flush();
            assertThat(report.offline()).isTrue();
            assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.PENDING);
            assertThat(signer.signed).isZero();

            // The node is fixed (or another one passes the check): the same vote is decided again and lands.
            liar.headAt(clock.instant());
            assertThat(judgedByTheLiar.flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
            assertThat(queue.get(intent.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
        }
    }

    @Test
    void aVoteJudgedWhileOneNodeLiesAboutTheTimeIsDecidedOnTheHonestOneAndTheLiarIsNamed() throws Exception {
        try (TestNode liar = TestNode.start(clock.instant()); TestNode honest = TestNode.start(clock.instant())) {
            for (TestNode node : List.of(liar, honest)) {
                node.answer("condenser_api.get_content", params -> post(postCreated));
            }
            liar.headAt(Instant.parse("2099-01-01T00:00:00Z"));
            VoteIntent first = vote("a");

            // The liar alone: nothing is judged on its time; the flush stops naming it and its offset.
            FlushReport alone = flusher(pool(liar)).flush();
            assertThat(alone.offline()).isTrue();
            NodeProblem problem = alone.problem().orElseThrow();
            assertThat(problem.kind()).isEqualTo(NodeProblemKind.CLOCK_AHEAD);
            assertThat(problem.node()).contains(liar.url());
            assertThat(problem.offset().orElseThrow()).isGreaterThan(Duration.ofDays(365 * 70));
            assertThat(queue.get(first.id()).orElseThrow().state()).isEqualTo(VoteState.PENDING);

            // The liar first, an honest node second: the honest one's time decides, and the vote lands once.
            assertThat(flusher(pool(liar, honest)).flush().count(FlushReport.Kind.SENT)).isEqualTo(1);
            assertThat(queue.get(first.id()).orElseThrow().state()).isEqualTo(VoteState.SENT);
            assertThat(node.applied).hasSize(1);
        }
    }

    private VoteQueueFlusher flusher(NodeReader reader) {
        return new VoteQueueFlusher(db, queue, outbox, new OutboxDelivery(outbox, node, node::presence), signer,
                new NodePostLookup(reader), account -> aliceMana, clock);
    }

    /** One pool over these nodes, in order, with the test's time and one quick round. */
    private NodeReader pool(TestNode... nodes) {
        NodePool pool = new NodePool(java.util.Arrays.stream(nodes).map(TestNode::url).toList(),
                new OkHttpClient(), SteemJson.mapper(), Clock.fixed(clock.instant(), ZoneOffset.UTC), d -> { },
                new java.util.SplittableRandom(1), new NodePool.Settings(Duration.ofSeconds(90), Duration.ofSeconds(60),
                1, Duration.ZERO, Duration.ZERO));
        return new NodeReader(pool, SteemJson.mapper());
    }

    /** A get_content result for a post created at {@code created}, paid out a week later. */
    private static com.fasterxml.jackson.databind.JsonNode post(Instant created) {
        var content = (com.fasterxml.jackson.databind.node.ObjectNode) Recorded.file("get_content-2018-11.json")
                .path("response").path("result").deepCopy();
        content.put("created", created.toString().substring(0, 19));
        content.put("cashout_time", created.plus(Duration.ofDays(7)).toString().substring(0, 19));
        return content;
    }

    /** Stands in for kill -9: nothing after it runs. */
    static final class ProcessDeath extends Error {
    }

    /** Applies each transaction id at most once, like steemd's duplicate check, and can be scripted or offline. */
    static final class FakeNode implements TransactionSender {
        boolean online = true;
        final List<String> broadcasts = new ArrayList<>();
        final Set<String> applied = new HashSet<>();
        final Deque<SendOutcome> script = new ArrayDeque<>();

        @Override
        public SendOutcome send(String json, String txId) {
            if (!online) {
                return new SendOutcome.Unclear("connection refused");
            }
            broadcasts.add(txId);
            if (!script.isEmpty()) {
                return script.poll();
            }
            return applied.add(txId) ? new SendOutcome.Accepted() : new SendOutcome.Duplicate();
        }

        ChainPresence presence(String txId, Instant expiration) {
            if (!online) {
                return ChainPresence.UNKNOWN;
            }
            return applied.contains(txId) ? ChainPresence.ON_CHAIN : ChainPresence.NOT_ON_CHAIN;
        }
    }

    /** Signs a fresh transaction id each time, as a real signer would with a new TaPoS block and expiration. */
    final class FakeSigner implements VoteSigner {
        static final Duration EXPIRATION = Duration.ofMinutes(1);
        boolean unlocked = true;
        String fixedTxId;
        int signed;

        @Override
        public Optional<SignedTransactionData> sign(VoteIntent intent) throws NodeUnreachableException {
            if (!node.online) {
                throw new NodeUnreachableException("no head block for TaPoS");
            }
            if (!unlocked) {
                return Optional.empty();
            }
            signed++;
            String id = fixedTxId != null ? fixedTxId : String.format("%040x", signed * 1_000_003L + intent.id());
            return Optional.of(new SignedTransactionData("{\"vote\":" + intent.id() + ",\"n\":" + signed + "}", id,
                    clock.instant().plus(EXPIRATION)));
        }
    }
}
