package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;

/**
 * A reward pool ({@code get_reward_fund("post")}, HF17 on). A post's payout is
 * {@code reward_balance × claims(net_rshares) / recent_claims} with claims by the author curve the fund names
 * (steemd util/reward.cpp). Every field a payout needs is kept; one a node leaves out reads as empty, never as a
 * default curve, constant or share, because each has changed between hardforks.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RewardFund(
        String name,
        Asset rewardBalance,
        BigInteger recentClaims,
        Instant lastUpdate,
        @JsonDeserialize(using = OptionalJson.class) Optional<BigInteger> contentConstant,
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> percentCurationRewards,
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> percentContentRewards,
        /** steemd's {@code curve_id} name, e.g. {@code convergent_linear} (HF21 on), {@code linear} before. */
        @JsonDeserialize(using = OptionalJson.class) Optional<String> authorRewardCurve,
        /** e.g. {@code convergent_square_root} (HF21 on), {@code square_root} before. */
        @JsonDeserialize(using = OptionalJson.class) Optional<String> curationRewardCurve) {

    public RewardFund {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rewardBalance, "reward_balance");
        Objects.requireNonNull(recentClaims, "recent_claims");
        contentConstant = Objects.requireNonNullElse(contentConstant, Optional.empty());
        percentCurationRewards = Objects.requireNonNullElse(percentCurationRewards, Optional.empty());
        percentContentRewards = Objects.requireNonNullElse(percentContentRewards, Optional.empty());
        authorRewardCurve = Objects.requireNonNullElse(authorRewardCurve, Optional.empty());
        curationRewardCurve = Objects.requireNonNullElse(curationRewardCurve, Optional.empty());
    }
}
