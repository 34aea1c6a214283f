package org.steemdesk.chain.transaction;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.operation.Operation;

/**
 * An unsigned transaction: TaPoS reference, expiration (UTC, whole seconds) and operations.
 * Steem defines no transaction extensions, so the extension list is always empty on the wire.
 */
public record Transaction(int refBlockNum, long refBlockPrefix, Instant expiration, List<Operation> operations) {

    public Transaction {
        if (refBlockNum < 0 || refBlockNum > 0xFFFF) {
            throw new IllegalArgumentException("ref_block_num must fit 16 bits: " + refBlockNum);
        }
        if (refBlockPrefix < 0 || refBlockPrefix > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("ref_block_prefix must fit 32 bits: " + refBlockPrefix);
        }
        Objects.requireNonNull(expiration, "expiration");
        if (expiration.getNano() != 0) {
            throw new IllegalArgumentException("expiration must be whole seconds");
        }
        operations = List.copyOf(operations);
    }
}
