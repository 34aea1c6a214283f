package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** A pending transfer out of savings; {@code complete} is when it will be paid (3 days after the request). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SavingsWithdrawal(long id, String from, String to, String memo, long requestId, Asset amount,
        Instant complete) {
    public SavingsWithdrawal {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(complete, "complete");
        memo = Objects.requireNonNullElse(memo, "");
    }
}
