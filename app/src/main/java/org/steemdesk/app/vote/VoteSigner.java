package org.steemdesk.app.vote;

import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.outbox.SignedTransactionData;

/**
 * Builds and signs the vote transaction for an intent (TaPoS from the node's current head, expiration a short
 * while after it). Empty when the account's posting key is not unlocked: the vote then stays queued.
 */
@FunctionalInterface
public interface VoteSigner {
    Optional<SignedTransactionData> sign(VoteIntent intent) throws NodeUnreachableException;
}
