package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Authority;

/**
 * A replaced owner authority ({@code get_owner_history}): what the owner authority was until {@code lastValidTime}.
 * steemd keeps these for 30 days; account recovery must prove one of them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OwnerAuthorityHistory(long id, String account, Authority previousOwnerAuthority, Instant lastValidTime) {
    public OwnerAuthorityHistory {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(previousOwnerAuthority, "previous_owner_authority");
        Objects.requireNonNull(lastValidTime, "last_valid_time");
    }
}
