package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/**
 * Steem Power on its way back to {@code delegator} after a delegation was lowered or removed
 * ({@code get_expiring_vesting_delegations}): usable again at {@code expiration}, 5 days after the change.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VestingDelegationExpiration(long id, String delegator, Asset vestingShares, Instant expiration) {
    public VestingDelegationExpiration {
        Objects.requireNonNull(delegator, "delegator");
        Objects.requireNonNull(vestingShares, "vesting_shares");
        Objects.requireNonNull(expiration, "expiration");
    }
}
