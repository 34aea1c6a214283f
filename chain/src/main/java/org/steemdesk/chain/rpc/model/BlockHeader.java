package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/** A block header; {@code previous} is the id of the block before, which TaPoS needs. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BlockHeader(String previous, Instant timestamp, String witness, String transactionMerkleRoot) {
    public BlockHeader {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
