package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** A pending SBD → STEEM conversion ({@code get_conversion_requests}); it settles at {@code conversionDate}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversionRequest(long id, String owner, @JsonProperty("requestid") long requestId, Asset amount,
        Instant conversionDate) {
    public ConversionRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(conversionDate, "conversion_date");
    }
}
