package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** The chain's head state. Integer fields a node of an older era did not send read as 0. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DynamicGlobalProperties(
        long headBlockNumber,
        String headBlockId,
        Instant time,
        String currentWitness,
        long lastIrreversibleBlockNum,
        Asset virtualSupply,
        Asset currentSupply,
        Asset currentSbdSupply,
        Asset totalVestingFundSteem,
        Asset totalVestingShares,
        Asset totalRewardFundSteem,
        BigInteger totalRewardShares2,
        int sbdInterestRate,
        int sbdPrintRate,
        int votePowerReserveRate,
        /** 0 before HF21, which introduced the downvote pool. */
        int downvotePoolPercent) {

    public DynamicGlobalProperties {
        Objects.requireNonNull(headBlockId, "head_block_id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(totalVestingFundSteem, "total_vesting_fund_steem");
        Objects.requireNonNull(totalVestingShares, "total_vesting_shares");
    }
}
