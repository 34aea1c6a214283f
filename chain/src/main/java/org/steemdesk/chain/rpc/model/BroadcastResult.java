package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What {@code broadcast_transaction_synchronous} reports. When a re-send met "duplicate transaction" the block is
 * not known, only that the chain has the transaction: {@link #alreadyKnown()} is then true.
 */
public record BroadcastResult(String id, OptionalLong blockNum, OptionalInt trxNum, boolean expired,
        boolean alreadyKnown) {
    public BroadcastResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockNum, "blockNum");
        Objects.requireNonNull(trxNum, "trxNum");
    }

    @JsonCreator
    static BroadcastResult included(@JsonProperty("id") String id, @JsonProperty("block_num") long blockNum,
            @JsonProperty("trx_num") int trxNum, @JsonProperty("expired") boolean expired) {
        return new BroadcastResult(id, OptionalLong.of(blockNum), OptionalInt.of(trxNum), expired, false);
    }

    /** The chain already had the transaction with this id. */
    public static BroadcastResult duplicateOf(String transactionId) {
        return new BroadcastResult(transactionId, OptionalLong.empty(), OptionalInt.empty(), false, true);
    }
}
