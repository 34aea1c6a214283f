package org.steemdesk.chain.transaction;

import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.crypto.Signature;

/** A transaction with its signatures, ready to broadcast. */
public record SignedTransaction(Transaction transaction, List<Signature> signatures) {
    public SignedTransaction {
        Objects.requireNonNull(transaction, "transaction");
        signatures = List.copyOf(signatures);
    }
}
