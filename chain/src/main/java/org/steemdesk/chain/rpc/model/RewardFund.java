package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** A reward pool ("post"); a vote's value is {@code rshares / recentClaims * rewardBalance}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RewardFund(String name, Asset rewardBalance, BigInteger recentClaims, Instant lastUpdate,
        BigInteger contentConstant, int percentCurationRewards, int percentContentRewards, String authorRewardCurve,
        String curationRewardCurve) {
    public RewardFund {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rewardBalance, "reward_balance");
        Objects.requireNonNull(recentClaims, "recent_claims");
    }
}
