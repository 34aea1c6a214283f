package org.steemdesk.chain.rpc;

import java.time.Instant;
import java.util.List;
import org.steemdesk.chain.crypto.Signature;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;

/** A signed transaction for broadcast tests; its exact JSON is the serializer's concern, not the client's. */
final class TestTransactions {
    static final String ID = unsigned().transaction().id();

    private TestTransactions() {}

    static SignedTransaction unsigned() {
        return new SignedTransaction(
                new Transaction(12345, 3_000_000_000L, Instant.parse("2026-11-24T15:00:00Z"), List.of()),
                List.<Signature>of());
    }
}
