package org.steemdesk.app.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A row of the outbox. */
public record OutboxEntry(long id, SignedTransactionData transaction, OutboxState state, int attempts,
                          Optional<String> lastError, Instant createdAt, Instant updatedAt) {
    public OutboxEntry {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String txId() {
        return transaction.txId();
    }
}
