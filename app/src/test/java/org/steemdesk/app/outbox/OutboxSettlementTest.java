package org.steemdesk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.storage.OnCacheDatabase;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeErrorKind;

/** Settling the outbox: the same bytes until expiry, then a look-up; what another process found first stands. */
class OutboxSettlementTest extends OnCacheDatabase {
    private static final Instant T0 = Instant.parse("2026-01-15T12:00:00Z");

    Outbox outbox;
    final List<String> sent = new ArrayList<>();
    final Map<String, SendOutcome> answers = new ConcurrentHashMap<>();
    ChainPresence presence = ChainPresence.UNKNOWN;

    @BeforeEach
    void open() {
        outbox = new Outbox(db);
    }

    private static SignedTransactionData tx(int n, Instant expiration) {
        return new SignedTransactionData("{\"ref_block_num\":" + n + ",\"ref_block_prefix\":1,\"expiration\":\""
                + expiration.toString().substring(0, 19) + "\",\"operations\":[[\"transfer\",{\"from\":\"alice\","
                + "\"to\":\"bob\",\"amount\":\"1.000 STEEM\",\"memo\":\"\"}]],\"extensions\":[],\"signatures\":[]}",
                String.format("%040x", n), expiration);
    }

    private OutboxSettlement settlement(Instant now) {
        return new OutboxSettlement(outbox, (json, txId) -> {
            sent.add(txId);
            return answers.getOrDefault(txId, new SendOutcome.Accepted());
        }, entry -> (txId, expiration) -> presence, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void eachOpenEntryIsSentAgainAndStopsAtTheFirstThatStaysUnclear() {
        OutboxEntry landed = outbox.enqueue(tx(1, T0.plusSeconds(600)), T0);
        OutboxEntry unclear = outbox.enqueue(tx(2, T0.plusSeconds(600)), T0);
        OutboxEntry untouched = outbox.enqueue(tx(3, T0.plusSeconds(600)), T0);
        answers.put(unclear.txId(), new SendOutcome.Unclear("timeout"));

        List<OutboxEntry> after = settlement(T0).settle();

        assertThat(after).extracting(OutboxEntry::state).containsExactly(OutboxState.CONFIRMED,
                OutboxState.SENT_UNCONFIRMED, OutboxState.QUEUED);
        assertThat(sent).containsExactly(landed.txId(), unclear.txId());
        assertThat(outbox.open()).extracting(OutboxEntry::id).containsExactly(unclear.id(), untouched.id());
    }

    @Test
    void theEntriesAskedForFirstGoFirst() {
        OutboxEntry older = outbox.enqueue(tx(1, T0.plusSeconds(600)), T0);
        OutboxEntry asked = outbox.enqueue(tx(2, T0.plusSeconds(600)), T0);
        settlement(T0).settle(List.of(asked));
        assertThat(sent).containsExactly(asked.txId(), older.txId());
    }

    @Test
    void pastItsExpiryOnlyALookUpSettlesItAndNothingIsSent() {
        OutboxEntry entry = outbox.enqueue(tx(1, T0.plusSeconds(60)), T0);
        Instant late = T0.plusSeconds(60).plus(OutboxDelivery.EXPIRY_GRACE).plusSeconds(1);
        // The chain cannot tell yet: still open, nothing sent, nothing marked.
        assertThat(settlement(late).settle()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.QUEUED));
        presence = ChainPresence.NOT_ON_CHAIN;
        assertThat(settlement(late).settle()).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.EXPIRED));
        assertThat(sent).isEmpty();
        assertThat(OutboxRecord.of(outbox.get(entry.id()).orElseThrow()).state())
                .isEqualTo(OutboxRecord.State.EXPIRED_ABSENT);
    }

    @Test
    void whatAnotherProcessFoundFirstStands() {
        OutboxEntry entry = outbox.enqueue(tx(1, T0.plusSeconds(600)), T0);
        // Another process confirmed it while this one was sending the same bytes and heard nothing clear.
        OutboxDelivery slow = new OutboxDelivery(outbox, (json, txId) -> {
            outbox.markConfirmed(entry.id(), true, T0);
            return new SendOutcome.Unclear("timeout");
        }, (txId, expiration) -> presence);
        assertThat(slow.deliver(entry, T0)).isInstanceOf(DeliveryResult.Confirmed.class);
        assertThat(outbox.get(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.CONFIRMED);
    }

    @Test
    void aTaggedRequestIsStoredOnceWhileAnEqualOneIsOpen() {
        OutboxTag tag = new OutboxTag(AccountName.of("alice"), "alice Transfer to=bob amount=1.000 STEEM memo=");
        OutboxEntry first = outbox.enqueue(tx(1, T0.plusSeconds(600)), tag, T0);
        OutboxEntry second = outbox.enqueue(tx(2, T0.plusSeconds(600)), tag, T0);
        assertThat(second).isEqualTo(first);
        assertThat(outbox.openWithRequest(tag.requestKey())).containsExactly(first);

        outbox.markConfirmed(first.id(), true, T0);
        OutboxEntry third = outbox.enqueue(tx(3, T0.plusSeconds(600)), tag, T0);
        assertThat(third.txId()).isEqualTo(tx(3, T0).txId());
        assertThat(third.tag()).contains(tag);
        assertThat(third.account()).contains(AccountName.of("alice"));
    }

    @Test
    void aRecordSaysWhereItStandsInPlainValues() {
        OutboxEntry entry = outbox.enqueue(tx(7, T0.plusSeconds(600)), T0);
        outbox.markRejected(entry.id(), new NodeRefusal(NodeErrorKind.ASSERT_FAILED, "not enough funds"), T0);
        OutboxRecord record = OutboxRecord.of(outbox.get(entry.id()).orElseThrow());
        assertThat(record.state()).isEqualTo(OutboxRecord.State.FAILED);
        assertThat(record.state().wireName()).isEqualTo("failed");
        assertThat(record.account()).contains(AccountName.of("alice"));
        assertThat(record.refusalKind()).contains(NodeErrorKind.ASSERT_FAILED);
        assertThat(record.summary()).isEqualTo("transfer(from=alice, to=bob, amount=1.000 STEEM)");
        assertThat(record.unsettled()).isFalse();
        assertThat(outbox.recent(10)).extracting(OutboxEntry::id).containsExactly(entry.id());
    }
}
