package org.steemdesk.app.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.ClockCheck;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HeadTimeException;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.transaction.Transaction;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

/** Issue 11, item 2: a transfer was signed with expiration 2099-01-01T00:10:00 against a node whose head was 2099. */
class TransactionFactoryClockTest {
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final Instant Y2099 = Instant.parse("2099-01-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final List<Operation> TRANSFER = List.of(new TransferOperation(AccountName.of("alice"),
            AccountName.of("bob"), Asset.steem("1.000"), ""));

    TestNode liar;
    TestNode honest;

    @AfterEach
    void close() {
        if (liar != null) {
            liar.close();
        }
        if (honest != null) {
            honest.close();
        }
    }

    static TransactionFactory factory(CondenserApi api) {
        return new TransactionFactory(api, TransactionFactory.DEFAULT_LIFETIME, CLOCK, ClockCheck.DEFAULTS);
    }

    @Test
    void nothingIsBuiltAgainstALoneNodeIn2099() throws Exception {
        liar = TestNode.start(NOW).headAt(Y2099);
        assertThatThrownBy(() -> factory(TestReaders.reader(liar, NOW).api()).create(TRANSFER))
                .isInstanceOfSatisfying(AllNodesFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AllNodesFailedException.Reason.NO_TRUSTED_CLOCK);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.getMessage()).contains(liar.url().toString()).contains("2099");
                });
    }

    @Test
    void behindANodeIn2099AnHonestNodeGivesTheHeadAndTheExpiration() throws Exception {
        liar = TestNode.start(NOW).headAt(Y2099);
        honest = TestNode.start(NOW);
        NodePool pool = new NodePool(List.of(liar.url(), honest.url()), new OkHttpClient(), SteemJson.mapper(), CLOCK,
                d -> { }, new SplittableRandom(1), NodePool.Settings.DEFAULTS);
        Transaction tx = factory(new CondenserApi(pool, SteemJson.mapper())).create(TRANSFER);
        assertThat(tx.expiration()).isEqualTo(NOW.plus(TransactionFactory.DEFAULT_LIFETIME));
    }

    @Test
    void aHeadHandedInIsCheckedToo() throws Exception {
        honest = TestNode.start(NOW);
        TransactionFactory factory = factory(TestReaders.reader(honest, NOW).api());
        DynamicGlobalProperties head = SteemJson.mapper().treeToValue(Recorded.globalProperties(NOW),
                DynamicGlobalProperties.class);
        assertThatThrownBy(() -> factory.create(at(head, Y2099), TRANSFER))
                .isInstanceOfSatisfying(HeadTimeException.class, e -> {
                    assertThat(e.offset()).isPositive();
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.getMessage()).contains("2099-01-01T00:00:00Z").contains("ahead of this computer's clock");
                });
        // Within two minutes ahead (a slow local clock) signing goes on, from the head's time as before.
        Instant slightlyAhead = NOW.plusSeconds(100);
        assertThat(factory.create(at(head, slightlyAhead), TRANSFER).expiration())
                .isEqualTo(slightlyAhead.plus(TransactionFactory.DEFAULT_LIFETIME));
    }

    private static DynamicGlobalProperties at(DynamicGlobalProperties h, Instant time) {
        return h.withTime(time);
    }
}
