package org.steemdesk.app.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * A row of the outbox. {@code lastErrorKind} is the kind of the node's refusal of a REJECTED entry (absent for rows
 * stored before kinds were, and for other states).
 */
public record OutboxEntry(long id, SignedTransactionData transaction, OutboxState state, int attempts,
                          Optional<String> lastError, Optional<NodeErrorKind> lastErrorKind, Instant createdAt,
                          Instant updatedAt) {
    public OutboxEntry {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastErrorKind, "lastErrorKind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String txId() {
        return transaction.txId();
    }

    /** The node's refusal of a REJECTED entry; a row stored without its kind gets the kind its message has. */
    public Optional<NodeRefusal> refusal() {
        return lastError.map(message -> new NodeRefusal(lastErrorKind.orElseGet(() -> NodeErrorKind.ofMessage(message)),
                message));
    }
}
