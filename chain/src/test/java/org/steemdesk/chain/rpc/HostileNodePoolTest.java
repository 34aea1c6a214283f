package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.AllNodesFailedException.Reason;
import org.steemdesk.chain.rpc.TransportException.Failure;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.testnode.HostileNode;
import org.steemdesk.testnode.HostileNode.Mode;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/**
 * The pool against every way {@link HostileNode} misbehaves: each ends in a clear error naming the node, with the
 * failure kind the app translates, within short configured limits; with an honest node behind it, the read is
 * answered. No timing is asserted: only that it failed, and how.
 */
class HostileNodePoolTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    /** Short limits so that every mode ends quickly; the defaults are the same rules with larger numbers. */
    private static final RequestLimits LIMITS = new RequestLimits(Duration.ofSeconds(4), Duration.ofSeconds(4),
            Duration.ofMillis(1500), Duration.ofMillis(500), RequestLimits.MIB);

    /** The honest node behind every hostile one: the head 3 s behind NOW, and inertia's account. */
    private final TestNode upstream = TestNode.start(NOW.minusSeconds(3))
            .answerRecorded(TestNode.GET_ACCOUNTS, "condenser_api/get_accounts-2022.json");

    @AfterEach
    void stopNodes() {
        upstream.close();
    }

    private static NodePool pool(Clock clock, int rounds, java.net.URI... urls) {
        NodePool.Settings settings = new NodePool.Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), rounds,
                Duration.ofMillis(10), Duration.ofMillis(20)).withLimits(LIMITS);
        return new NodePool(List.of(urls), HttpNode.defaultClient(), MAPPER, clock, d -> { }, new SplittableRandom(3),
                settings);
    }

    private static NodePool pool(java.net.URI... urls) {
        return pool(Clock.fixed(NOW, ZoneOffset.UTC), 2, urls);
    }

    private HostileNode hostile(Mode mode) {
        return upstream.hostile(mode, Duration.ofMillis(200));
    }

    private static List<Account> readAccounts(NodePool pool) {
        return new CondenserApi(pool, MAPPER).getAccounts(List.of(new AccountName("inertia"))).send();
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({"GARBAGE, IO", "DRIP, SLOW", "HUGE, TOO_LARGE", "TRUNCATED, MALFORMED_RESPONSE",
            "SLOW_HEADERS, SLOW", "SILENT, SILENT", "PAST_TIME, STALE_HEAD_BLOCK"})
    void aLoneHostileNodeEndsInAClearErrorNamingIt(Mode mode, Failure expected) {
        try (HostileNode node = hostile(mode)) {
            NodePool pool = pool(node.url());
            assertThatThrownBy(() -> readAccounts(pool)).isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                assertThat(e.isTransient()).isTrue();
                assertThat(e.getMessage()).contains(node.url().toString());
                assertThat(e.failures()).isNotEmpty().allSatisfy(f -> assertThat(f)
                        .isInstanceOfSatisfying(TransportException.class, t -> {
                            assertThat(t.node()).isEqualTo(node.url());
                            assertThat(t.failure()).isEqualTo(expected);
                        }));
            });
            assertThat(pool.health().get(0).lastError().orElseThrow()).contains(node.url().toString());
        }
    }

    @ParameterizedTest(name = "{0} before an honest node")
    @CsvSource({"GARBAGE", "DRIP", "HUGE", "TRUNCATED", "SLOW_HEADERS", "SILENT", "PAST_TIME", "FUTURE_TIME"})
    void anHonestNodeAnswersWhenAHostileOneComesFirst(Mode mode) {
        try (HostileNode bad = hostile(mode); HostileNode good = hostile(Mode.HONEST)) {
            NodePool pool = pool(bad.url(), good.url());
            assertThat(readAccounts(pool)).extracting(Account::name).containsExactly(new AccountName("inertia"));
            assertThat(bad.requests()).isPositive();
        }
    }

    @Test
    void aNodesBytesNeverReachAMessageAsTheyCame() {
        try (HostileNode node = hostile(Mode.GARBAGE)) {
            NodePool pool = pool(node.url());
            assertThatThrownBy(() -> readAccounts(pool)).satisfies(e -> {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    assertPrintable(t.getMessage());
                    for (Throwable s : t.getSuppressed()) {
                        assertPrintable(s.getMessage());
                    }
                }
            });
        }
    }

    private static void assertPrintable(String message) {
        assertThat(String.valueOf(message).chars()).allMatch(c -> c >= 0x20 && c < 0x7f || c == '…');
        assertThat(String.valueOf(message)).hasSizeLessThan(600);
    }

    @Test
    void hugeAnswerIsCutAtTheCapEvenWithoutALength() {
        try (HostileNode node = hostile(Mode.HUGE)) {
            NodePool pool = pool(node.url());
            assertThatThrownBy(() -> readAccounts(pool)).isInstanceOfSatisfying(AllNodesFailedException.class,
                    e -> assertThat(e.getMessage()).contains("answer larger than 1 MiB"));
        }
    }

    @Test
    void aDrippingNodeUsesUpTheDeadlineAndTheErrorSaysSo() {
        try (HostileNode node = hostile(Mode.DRIP)) {
            // Many rounds: only the deadline can end this.
            NodePool pool = pool(Clock.fixed(NOW, ZoneOffset.UTC), 1000, node.url());
            assertThatThrownBy(() -> readAccounts(pool)).isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.DEADLINE);
                assertThat(e.getMessage()).contains("within 4 s").contains(node.url().toString())
                        .contains("no complete answer");
                assertThat(e.lastTransportFailure().orElseThrow().failure()).isEqualTo(Failure.SLOW);
            });
        }
    }

    @Test
    void aNodeInTheFutureServesReadsButNotTheHeadTimeUsedToSignOrJudge() {
        try (HostileNode node = hostile(Mode.FUTURE_TIME)) {
            NodePool pool = pool(node.url());
            assertThat(readAccounts(pool)).hasSize(1);
            assertThatThrownBy(pool::trustedHead).isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.NO_TRUSTED_CLOCK);
                assertThat(e.isTransient()).isTrue();
                TransportException last = e.lastTransportFailure().orElseThrow();
                assertThat(last.failure()).isEqualTo(Failure.CLOCK_AHEAD);
                assertThat(last.node()).isEqualTo(node.url());
                assertThat(last.headOffset().orElseThrow()).isGreaterThan(Duration.ofDays(365 * 70));
                assertThat(e.getMessage()).contains(node.url().toString()).contains("2099-01-01T00:00:00Z")
                        .contains("ahead of this computer's clock");
            });
            // A raw read of the head (what the cache stores) is held to the same rule.
            assertThatThrownBy(() -> new CondenserApi(pool, MAPPER).getDynamicGlobalProperties().send())
                    .isInstanceOf(AllNodesFailedException.class);
        }
    }

    @Test
    void theTrustedHeadComesFromTheNodeWhoseClockPasses() {
        try (HostileNode liar = hostile(Mode.FUTURE_TIME); HostileNode honest = hostile(Mode.HONEST)) {
            NodePool pool = pool(liar.url(), honest.url());
            NodePool.TrustedHead head = pool.trustedHead();
            assertThat(head.node()).isEqualTo(honest.url());
            assertThat(head.properties().time()).isEqualTo(NOW.minusSeconds(3));
            assertThat(head.offset()).isEqualTo(Duration.ofSeconds(-3));
            assertThat(pool.health().get(0).lastError().orElseThrow()).contains("2099");
        }
    }

    @Test
    void aComputerWhoseClockIsBehindIsToldSoInsteadOfBlamingTheNodes() {
        try (HostileNode a = hostile(Mode.HONEST); HostileNode b = hostile(Mode.HONEST)) {
            NodePool pool = pool(Clock.fixed(NOW.minus(Duration.ofMinutes(10)), ZoneOffset.UTC), 1, a.url(), b.url());
            assertThatThrownBy(pool::trustedHead).isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.LOCAL_CLOCK_BEHIND);
                assertThat(e.getMessage()).contains("this computer's clock is probably behind");
            });
        }
    }

    @Test
    void aNodeFarFromTwoOthersIsNotTrustedEvenWithinTheLocalBounds() {
        try (TestNode a = TestNode.start(NOW.minusSeconds(3)); TestNode b = TestNode.start(NOW.minusSeconds(2));
                TestNode c = TestNode.start(NOW.plusSeconds(100))) {
            NodePool pool = pool(a.url(), b.url(), c.url());
            String dgp = TestNode.GLOBAL_PROPERTIES;
            Reply busy = Reply.status(503, "");
            assertThat(pool.trustedHead().node()).isEqualTo(a.url());
            a.then(dgp, busy);
            assertThat(pool.trustedHead().node()).isEqualTo(b.url());
            a.then(dgp, busy).then(dgp, busy);
            b.then(dgp, busy).then(dgp, busy);
            assertThatThrownBy(pool::trustedHead).isInstanceOfSatisfying(AllNodesFailedException.class,
                    e -> assertThat(e.failures()).filteredOn(f -> f instanceof TransportException t
                                    && t.node().equals(c.url()))
                            .isNotEmpty().allSatisfy(f -> assertThat(((TransportException) f).failure())
                                    .isEqualTo(Failure.CLOCK_DISAGREES)));
        }
    }
}
