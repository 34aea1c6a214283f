package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** Steem Power lent by {@code delegator} to {@code delegatee}; it cannot be removed before {@code minDelegationTime}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VestingDelegation(long id, String delegator, String delegatee, Asset vestingShares,
        Instant minDelegationTime) {
    public VestingDelegation {
        Objects.requireNonNull(delegator, "delegator");
        Objects.requireNonNull(delegatee, "delegatee");
        Objects.requireNonNull(vestingShares, "vesting_shares");
    }
}
