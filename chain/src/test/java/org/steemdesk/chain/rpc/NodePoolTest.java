package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.BroadcastResult;
import org.steemdesk.testnode.Fault;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

class NodePoolTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private static final String GET_ACCOUNTS = "condenser_api.get_accounts";
    private static final String BROADCAST = "condenser_api.broadcast_transaction_synchronous";
    private static final String ACCOUNTS = Fixtures.responseBody("condenser_api/get_accounts-2022.json");
    private static final String BROADCAST_OK =
            Fixtures.responseBody("condenser_api/broadcast_transaction_synchronous-vote-ok.json");

    private final List<Duration> pauses = new ArrayList<>();
    private TestNode first;
    private TestNode second;
    private NodePool pool;
    private CondenserApi api;

    @BeforeEach
    void start() {
        first = TestNode.start(NOW.minusSeconds(3));
        second = TestNode.start(NOW.minusSeconds(3));
        OkHttpClient client = HttpNode.defaultClient();
        NodePool.Settings settings = new NodePool.Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), 2,
                Duration.ofMillis(500), Duration.ofSeconds(8))
                .withLimits(RequestLimits.DEFAULTS.withIdleTimeout(Duration.ofMillis(500)));
        pool = new NodePool(List.of(first.url(), second.url()), client, MAPPER, Clock.fixed(NOW, ZoneOffset.UTC),
                pauses::add, new SplittableRandom(7), settings);
        api = new CondenserApi(pool, MAPPER);
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    private List<Account> readAccounts() {
        return api.getAccounts(List.of(new AccountName("inertia"))).send();
    }

    private void assertSecondAnswered(List<Account> accounts) {
        assertThat(accounts).extracting(Account::name).containsExactly(new AccountName("inertia"));
        assertThat(first.received(GET_ACCOUNTS)).hasSize(1);
        assertThat(second.received(GET_ACCOUNTS)).hasSize(1);
        assertThat(pool.health().get(0).lastError()).isPresent();
        assertThat(pool.health().get(0).consecutiveFailures()).isEqualTo(1);
        assertThat(pool.health().get(1).lastSuccess()).contains(NOW);
        assertThat(pool.health().get(1).lastError()).isEmpty();
        assertThat(pauses).isEmpty();
    }

    @Test
    void readFailsOverOnHttp503() {
        first.then(GET_ACCOUNTS, Reply.status(503, "<html>busy</html>"));
        second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
        assertSecondAnswered(readAccounts());
        assertThat(pool.health().get(0).lastError().orElseThrow()).contains("HTTP 503");
    }

    @Test
    void readFailsOverOnTruncatedJson() {
        first.then(GET_ACCOUNTS, Reply.body(ACCOUNTS.substring(0, ACCOUNTS.length() / 2)));
        second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
        assertSecondAnswered(readAccounts());
        assertThat(pool.health().get(0).lastError().orElseThrow()).contains("unusable response");
    }

    @Test
    void readFailsOverOnJussiInternalError() {
        first.then(GET_ACCOUNTS,
                Reply.recorded("condenser_api/broadcast_transaction-error-jussi-internal-error-2020.json"));
        second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
        assertSecondAnswered(readAccounts());
        assertThat(pool.health().get(0).lastError().orElseThrow()).contains("Internal Error");
    }

    @Test
    void readFailsOverOnTimeout() {
        first.then(GET_ACCOUNTS, Reply.fault(Fault.STALL));
        second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
        assertSecondAnswered(readAccounts());
        assertThat(pool.health().get(0).lastError().orElseThrow()).contains("timed out");
    }

    @Test
    void nodeBehindByMoreThan90SecondsIsSkipped() {
        try (TestNode stale = TestNode.start(NOW.minusSeconds(600))) {
            NodePool stalePool = new NodePool(List.of(stale.url(), second.url()), HttpNode.defaultClient(), MAPPER,
                    Clock.fixed(NOW, ZoneOffset.UTC), pauses::add, new SplittableRandom(7), NodePool.Settings.DEFAULTS);
            second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
            List<Account> accounts = new CondenserApi(stalePool, MAPPER).getAccounts(List.of(new AccountName("inertia"))).send();
            assertThat(accounts).hasSize(1);
            assertThat(stale.received(GET_ACCOUNTS)).isEmpty();
            NodeHealth health = stalePool.health().get(0);
            assertThat(health.headBlockLag()).contains(Duration.ofSeconds(600));
            assertThat(health.lastError().orElseThrow()).contains("head block is 600 s old");
            assertThat(stalePool.health().get(1).headBlockLag()).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void missingAuthorityIsNotRetried() {
        first.then(BROADCAST,
                Reply.recorded("database_api/verify_authority-error-missing-posting-authority.json"));
        assertThatThrownBy(() -> broadcast().send()).isInstanceOfSatisfying(NodeErrorException.class, e -> {
            assertThat(e.kind()).isEqualTo(NodeErrorKind.MISSING_AUTHORITY);
            assertThat(e.dataName()).contains("tx_missing_posting_auth");
        });
        assertThat(first.received(BROADCAST)).hasSize(1);
        assertThat(second.received(BROADCAST)).isEmpty();
        assertThat(pool.health().get(0).lastError()).isEmpty();
    }

    @Test
    void deterministicReadErrorIsNotRetried() {
        first.then(GET_ACCOUNTS, Reply.recorded("condenser_api/get_content-error-wrong-arg-count.json"));
        assertThatThrownBy(this::readAccounts).isInstanceOf(NodeErrorException.class);
        assertThat(second.received(GET_ACCOUNTS)).isEmpty();
    }

    @Test
    void broadcastIsResentWithIdenticalBodyAfterADroppedConnection() {
        first.then(BROADCAST, Reply.fault(Fault.DROP));
        second.then(BROADCAST, Reply.body(BROADCAST_OK));
        BroadcastResult result = broadcast().send();
        assertThat(result.blockNum()).hasValue(27035223L);
        assertThat(first.received(BROADCAST)).hasSize(1);
        assertThat(second.received(BROADCAST)).containsExactlyElementsOf(first.received(BROADCAST));
    }

    @Test
    void duplicateTransactionAfterAnUnclearOutcomeCountsAsSuccess() {
        first.then(BROADCAST, Reply.status(502, "Bad Gateway"));
        second.then(BROADCAST, Reply.body(duplicateError()));
        BroadcastResult result = broadcast().send();
        assertThat(result.alreadyKnown()).isTrue();
        assertThat(result.id()).isEqualTo(TestTransactions.ID);
        assertThat(result.blockNum()).isEmpty();
        assertThat(second.received(BROADCAST)).containsExactlyElementsOf(first.received(BROADCAST));
    }

    @Test
    void whenEveryNodeFailsEachRoundIsTriedAfterAJitteredPause() {
        Stream.of(first, second).forEach(n -> n.then(GET_ACCOUNTS, Reply.status(429, ""))
                .then(GET_ACCOUNTS, Reply.status(429, "")));
        assertThatThrownBy(this::readAccounts).isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
            assertThat(e.failures()).hasSize(4).allSatisfy(f -> assertThat(f)
                    .isInstanceOfSatisfying(TransportException.class, t -> assertThat(t.httpStatus()).hasValue(429)));
            assertThat(e.isTransient()).isTrue();
        });
        assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isBetween(Duration.ofMillis(250),
                Duration.ofMillis(500)));
        assertThat(pool.health()).allSatisfy(h -> assertThat(h.consecutiveFailures()).isEqualTo(2));
    }

    @Test
    void backoffGrowsAndStaysWithinTheCap() {
        for (int round = 1; round < 40; round++) {
            long full = Math.min(8000, 500L << Math.min(round - 1, 30));
            assertThat(pool.backoff(round)).isBetween(Duration.ofMillis(full / 2), Duration.ofMillis(full));
        }
    }

    @Test
    void asyncSendUsesTheSameFailover() throws Exception {
        first.then(GET_ACCOUNTS, Reply.status(503, ""));
        second.then(GET_ACCOUNTS, Reply.body(ACCOUNTS));
        assertThat(api.getAccounts(List.of(new AccountName("inertia"))).sendAsync().get()).hasSize(1);
    }

    @Test
    void defaultNodesAreTheKeychainList() {
        assertThat(NodePool.DEFAULT_NODES).extracting(Object::toString).containsExactly("https://api.steemit.com",
                "https://api.justyy.com", "https://steemd.steemworld.org", "https://api.steem.fans",
                "https://api.moecki.online");
    }

    private Request<BroadcastResult> broadcast() {
        return api.broadcastTransactionSynchronous(TestTransactions.unsigned());
    }

    /** The real rejected-broadcast envelope carrying the duplicate message (only its text survives in public). */
    private static String duplicateError() {
        var response = Fixtures.load("condenser_api/broadcast_transaction_synchronous-error-vote-weight-over-100pct.json")
                .get("response").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) response.get("error")).put("message",
                "Assert Exception:(skip & skip_transaction_dupe_check) || trx_idx.indices().get<by_trx_id>()"
                        + ".find(trx_id) == trx_idx.indices().get<by_trx_id>().end(): Duplicate transaction check failed");
        return response.toString();
    }
}
