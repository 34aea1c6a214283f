package org.steemdesk.app.outbox;


import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.chain.rpc.NodeErrorKind;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxDeliveryTest extends OnCacheDatabase {
    Outbox outbox;
    final Instant t0 = Instant.parse("2026-01-15T12:00:00Z");
    final SignedTransactionData tx = new SignedTransactionData("{\"operations\":[]}",
            "0123456789abcdef0123456789abcdef01234567", t0.plusSeconds(60));
    final List<String> sent = new ArrayList<>();
    ChainPresence presence = ChainPresence.UNKNOWN;

    @BeforeEach
    void open() {
        outbox = new Outbox(db);
    }

    private OutboxDelivery replying(SendOutcome outcome) {
        return new OutboxDelivery(outbox, (json, id) -> {
            sent.add(json);
            return outcome;
        }, (id, expiration) -> presence);
    }

    @Test
    void enqueueIsIdempotentPerTxId() {
        OutboxEntry first = outbox.enqueue(tx, t0);
        OutboxEntry again = outbox.enqueue(tx, t0.plusSeconds(1));
        assertThat(again).isEqualTo(first);
        assertThat(outbox.open()).containsExactly(first);
    }

    @Test
    void duplicateCountsAsSuccessWhetherTypedOrOnlyInTheMessage() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        assertThat(replying(new SendOutcome.Rejected(NodeErrorKind.DUPLICATE_TRANSACTION, "Assert Exception:(skip & skip_transaction_dupe_check) || "
                + "trx_idx.indices().get<by_trx_id>().find(trx_id) == trx_idx.indices().get<by_trx_id>().end(): "
                + "Duplicate transaction check failed")).deliver(entry, t0))
                .isInstanceOf(DeliveryResult.Confirmed.class);
        assertThat(outbox.get(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.CONFIRMED);
    }

    @Test
    void unclearKeepsTheSameBytesForTheNextAttempt() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        assertThat(replying(new SendOutcome.Unclear("timeout")).deliver(entry, t0))
                .isEqualTo(new DeliveryResult.Pending("timeout"));
        OutboxEntry after = outbox.get(entry.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(OutboxState.SENT_UNCONFIRMED);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.lastError()).contains("timeout");
        replying(new SendOutcome.Accepted()).deliver(after, t0.plusSeconds(5));
        assertThat(sent).containsExactly(tx.json(), tx.json());
        assertThat(outbox.get(entry.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void expirationAndTaposErrorsProveNothing() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        assertThat(replying(new SendOutcome.Rejected(NodeErrorKind.TRANSACTION_EXPIRED,
                "transaction expiration exception:")).deliver(entry, t0))
                .isInstanceOf(DeliveryResult.Pending.class);
        entry = outbox.get(entry.id()).orElseThrow();
        assertThat(replying(new SendOutcome.Rejected(NodeErrorKind.TAPOS_MISMATCH,
                "transaction tapos exception:")).deliver(entry, t0))
                .isInstanceOf(DeliveryResult.Pending.class);
        assertThat(outbox.get(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.SENT_UNCONFIRMED);
    }

    @Test
    void chainRefusalIsFinalForThoseBytes() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        String message = "Assert Exception:available >= -delta: Account alice does not have sufficient funds";
        assertThat(replying(new SendOutcome.Rejected(NodeErrorKind.ASSERT_FAILED, message)).deliver(entry, t0))
                .isEqualTo(new DeliveryResult.Rejected(new NodeRefusal(NodeErrorKind.ASSERT_FAILED, message)));
        OutboxEntry rejected = outbox.get(entry.id()).orElseThrow();
        assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(rejected.lastErrorKind()).contains(NodeErrorKind.ASSERT_FAILED);
        assertThat(rejected.refusal()).contains(new NodeRefusal(NodeErrorKind.ASSERT_FAILED, message));
        assertThat(outbox.open()).isEmpty();
    }

    @Test
    void afterExpiryItOnlyAsksTheChain() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        Instant late = tx.expiration().plus(OutboxDelivery.EXPIRY_GRACE).plusSeconds(1);
        OutboxDelivery delivery = replying(new SendOutcome.Accepted());

        assertThat(delivery.deliver(entry, late)).isInstanceOf(DeliveryResult.Pending.class);
        presence = ChainPresence.NOT_ON_CHAIN;
        assertThat(delivery.deliver(entry, late)).isInstanceOf(DeliveryResult.Expired.class);
        assertThat(outbox.get(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.EXPIRED);
        assertThat(sent).isEmpty();
    }

    @Test
    void expiredButFoundOnChainIsConfirmed() {
        OutboxEntry entry = outbox.enqueue(tx, t0);
        presence = ChainPresence.ON_CHAIN;
        Instant late = tx.expiration().plus(OutboxDelivery.EXPIRY_GRACE).plusSeconds(1);
        assertThat(replying(new SendOutcome.Accepted()).deliver(entry, late))
                .isInstanceOf(DeliveryResult.Confirmed.class);
        assertThat(sent).isEmpty();
    }
}
