package org.steemdesk.app.outbox;

/**
 * Broadcasts an already signed transaction, byte for byte as stored, to any reachable node. Implementations
 * must not throw for network trouble: that is {@link SendOutcome.Unclear}. A "duplicate transaction" error is
 * {@link SendOutcome.Duplicate}; any other chain error is {@link SendOutcome.Rejected} with the node's message.
 */
@FunctionalInterface
public interface TransactionSender {
    SendOutcome send(String signedTransactionJson, String txId);
}
