package org.steemdesk.app.outbox;

import java.time.Instant;

/**
 * Tells whether an expired transaction made it into a block (e.g. {@code transaction_status_api.find_transaction}
 * or the account's history). Answers {@link ChainPresence#NOT_ON_CHAIN} only when sure.
 */
@FunctionalInterface
public interface TransactionStatusLookup {
    ChainPresence presence(String txId, Instant expiration);
}
