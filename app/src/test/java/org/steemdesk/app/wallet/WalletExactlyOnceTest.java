package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.MutableClock;

/**
 * A wallet operation killed at any moment and asked for again is sent once: the kill is the "process" stopping
 * (an {@link Error} nothing catches) right after the signed transaction was stored, before or after the node got it;
 * a second context on the same data then settles what the first left and does not sign the equal request again.
 */
class WalletExactlyOnceTest {
    private final Clock clock = Clock.systemUTC();
    private final WalletChain chain = WalletFixture.chain(clock);
    private final WalletRequest transfer = new WalletRequest.Transfer(BOB, Asset.parse("1.000 STEEM"), "coffee");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        chain.close();
    }

    /** Stands in for kill -9: nothing after it runs, nothing records what happened. */
    static final class ProcessDeath extends Error {
    }

    /** Lets {@code allowed} more exchanges through once armed, then kills the process before or after the next. */
    private static final class Kill implements Interceptor {
        private final AtomicInteger left = new AtomicInteger(Integer.MAX_VALUE);
        private final boolean afterTheNodeGotIt;

        Kill(boolean afterTheNodeGotIt) {
            this.afterTheNodeGotIt = afterTheNodeGotIt;
        }

        void arm(int allowed) {
            left.set(allowed);
        }

        @Override
        public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
            if (left.getAndDecrement() > 0) {
                return chain.proceed(chain.request());
            }
            if (afterTheNodeGotIt) {
                chain.proceed(chain.request()).close();
            }
            throw new ProcessDeath();
        }
    }

    /** One run of the app on the data directory: its own cache.db connection and node client. */
    private WalletService run(CacheDatabase cache, NodeReader reader) {
        return new WalletService(reader, cache, ChainId.MAINNET, clock);
    }

    private CacheDatabase cache() {
        return CacheDatabase.open(dir.resolve("cache.db"));
    }

    /** The first run signs, stores and is killed at its broadcast (the exchange after the TaPoS head block). */
    private void firstRunKilledAtItsBroadcast(Vault vault, boolean afterTheNodeGotIt) {
        Kill kill = new Kill(afterTheNodeGotIt);
        try (CacheDatabase cache = cache()) {
            WalletService first = run(cache, chain.reader(kill));
            WalletPlan plan = first.plan(ALICE, transfer, vault);
            kill.arm(1);
            assertThatThrownBy(() -> first.execute(plan, vault)).isInstanceOf(ProcessDeath.class);
            assertThat(new Outbox(cache).open()).singleElement()
                    .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.QUEUED));
        }
    }

    @Test
    void killedAfterTheNodeAppliedItTheRunAgainFindsItOnChainAndSignsNothing() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            firstRunKilledAtItsBroadcast(vault, true);
            assertThat(chain.appliedCount()).isEqualTo(1);

            try (CacheDatabase cache = cache()) {
                WalletService again = run(cache, chain.reader());
                assertThatThrownBy(() -> again.plan(ALICE, transfer, vault))
                        .isInstanceOfSatisfying(WalletException.class, e -> {
                            assertThat(e.reason()).isEqualTo(Reason.SENT_EARLIER);
                            assertThat(e.pending().orElseThrow().state()).isEqualTo(OutboxRecord.State.CONFIRMED);
                        });
                assertThat(chain.appliedCount()).isEqualTo(1);
                assertThat(new Outbox(cache).open()).isEmpty();

                // Asked once more, now that nothing equal is unsettled: that is a second transfer, and it goes.
                WalletPlan second = again.plan(ALICE, transfer, vault);
                assertThat(again.execute(second, vault).status()).isEqualTo(WalletReceipt.Status.CONFIRMED);
                assertThat(chain.appliedCount()).isEqualTo(2);
            }
        }
    }

    @Test
    void killedBeforeTheNodeGotItTheRunAgainSendsTheStoredBytesOnce() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            firstRunKilledAtItsBroadcast(vault, false);
            assertThat(chain.appliedCount()).isZero();
            String stored;
            try (CacheDatabase cache = cache()) {
                stored = new Outbox(cache).open().get(0).transaction().json();
            }

            try (CacheDatabase cache = cache()) {
                assertThatThrownBy(() -> run(cache, chain.reader()).plan(ALICE, transfer, vault))
                        .isInstanceOfSatisfying(WalletException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.SENT_EARLIER));
            }
            assertThat(chain.appliedCount()).isEqualTo(1);
            assertThat(chain.received(WalletChain.BROADCAST)).singleElement()
                    .satisfies(body -> assertThat(SteemJson.mapper().readTree(body).path("params").get(0))
                            .isEqualTo(SteemJson.mapper().readTree(stored)));
        }
    }

    @Test
    void whileNoNodeAnswersTheEqualRequestIsRefusedAsPendingAndNothingIsSigned() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            firstRunKilledAtItsBroadcast(vault, false);
            try (CacheDatabase cache = cache()) {
                assertThatThrownBy(() -> run(cache, offline()).plan(ALICE, transfer, vault))
                        .isInstanceOfSatisfying(WalletException.class, e -> {
                            assertThat(e.reason()).isEqualTo(Reason.PENDING);
                            assertThat(e.pending().orElseThrow().unsettled()).isTrue();
                            assertThat(e.pending().orElseThrow().summary())
                                    .isEqualTo("transfer(from=alice, to=bob, amount=1.000 STEEM)");
                        });
                assertThat(new Outbox(cache).open()).hasSize(1);
            }
            assertThat(chain.appliedCount()).isZero();
        }
    }

    @Test
    void anotherRequestIsNotHeldUpByAnUnsettledOneButSettlesItFirst() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE)) {
            firstRunKilledAtItsBroadcast(vault, false);
            try (CacheDatabase cache = cache()) {
                WalletService again = run(cache, chain.reader());
                WalletRequest other = new WalletRequest.Transfer(BOB, Asset.parse("2.000 STEEM"), "coffee");
                WalletPlan plan = again.plan(ALICE, other, vault);
                assertThat(chain.appliedCount()).isEqualTo(1);
                assertThat(new Outbox(cache).open()).isEmpty();
                again.execute(plan, vault);
                assertThat(chain.appliedCount()).isEqualTo(2);
            }
        }
    }

    @Test
    void killedAfterItLandedButBeforeTheUserWasToldTheRunAgainReportsItInsteadOfSendingASecond() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        chain.close();
        try (WalletChain chain = WalletFixture.chain(clock); Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE);
             CacheDatabase cache = cache()) {
            WalletService first = new WalletService(chain.reader(), cache, ChainId.MAINNET, clock);
            WalletReceipt landed = first.execute(first.plan(ALICE, transfer, vault, Reporting.BY_CALLER), vault,
                    Reporting.BY_CALLER);
            assertThat(landed.status()).isEqualTo(WalletReceipt.Status.CONFIRMED);
            // ...and the process dies before printing it.

            clock.advance(Duration.ofSeconds(30));
            WalletService again = new WalletService(chain.reader(), cache, ChainId.MAINNET, clock);
            assertThatThrownBy(() -> again.plan(ALICE, transfer, vault, Reporting.BY_CALLER))
                    .isInstanceOfSatisfying(WalletException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.SENT_EARLIER);
                        assertThat(e.pending().orElseThrow().txId()).isEqualTo(landed.txId());
                    });
            new SignedTransactions(() -> cache, chain::reader, clock).reported(landed.txId());
            WalletReceipt second = again.execute(again.plan(ALICE, transfer, vault, Reporting.BY_CALLER), vault,
                    Reporting.BY_CALLER);
            assertThat(second.txId()).isNotEqualTo(landed.txId());
            assertThat(chain.appliedCount()).isEqualTo(2);

            // An hour on, an unreported landing no longer stands for a new equal request (last week's transfer).
            clock.advance(WalletService.UNREPORTED_WINDOW.plusMinutes(1));
            again.execute(again.plan(ALICE, transfer, vault, Reporting.BY_CALLER), vault, Reporting.BY_CALLER);
            assertThat(chain.appliedCount()).isEqualTo(3);
        }
    }

    @Test
    void aDoorThatShowsWhatItGetsIsToldOnReturnSoTheNextEqualRequestGoes() {
        try (Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE); CacheDatabase cache = cache()) {
            WalletService wallet = run(cache, chain.reader());
            wallet.execute(wallet.plan(ALICE, transfer, vault), vault);
            wallet.execute(wallet.plan(ALICE, transfer, vault), vault);
            assertThat(chain.appliedCount()).isEqualTo(2);
        }
    }

    @Test
    void anEqualRequestStoredSinceThePlanWasMadeIsNotSentAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        chain.close();
        WalletChain chain = WalletFixture.chain(clock);
        for (int i = 0; i < 2 * WalletService.DELIVERY_ATTEMPTS; i++) {
            chain.thenBroadcast(Reply.status(503, "busy")); // 2 rounds per delivery
        }
        try (chain; Vault vault = WalletFixture.vault(dir, KeyRole.ACTIVE); CacheDatabase cache = cache()) {
            WalletService wallet = new WalletService(chain.reader(), cache, ChainId.MAINNET, clock);
            // Two windows confirm the same transfer: the first one's transaction stays unclear (the node is busy).
            WalletPlan one = wallet.plan(ALICE, transfer, vault);
            WalletPlan two = wallet.plan(ALICE, transfer, vault);
            assertThat(wallet.execute(one, vault).status()).isEqualTo(WalletReceipt.Status.PENDING);
            clock.advance(Duration.ofSeconds(3));
            assertThatThrownBy(() -> wallet.execute(two, vault)).isInstanceOfSatisfying(WalletException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.PENDING));
            List<OutboxEntry> open = new Outbox(cache).open();
            assertThat(open).hasSize(1);
            assertThat(chain.appliedCount()).isZero();
        }
    }

    /** A reader whose only node refuses connections: nothing can be sent or looked up. */
    private NodeReader offline() {
        NodePool pool = new NodePool(List.of(URI.create("http://127.0.0.1:9/")), HttpNode.defaultClient(),
                SteemJson.mapper(), clock, d -> { }, new SplittableRandom(1), new NodePool.Settings(
                        Duration.ofSeconds(90), Duration.ofSeconds(60), 1, Duration.ZERO, Duration.ZERO));
        return new NodeReader(pool, SteemJson.mapper());
    }
}
