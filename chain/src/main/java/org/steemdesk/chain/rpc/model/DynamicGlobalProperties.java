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
 * The chain's head state and the economic parameters steemd keeps in it. Each parameter an older node may lack is
 * decided one by one: where the field's absence has one exact meaning in steemd (the rule did not exist yet) it reads
 * as that old-era value; where any value would be a guess it reads as empty, and whoever needs it must refuse.
 */
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
        /** In every answer since genesis; empty means the answer is cut short, not a rate of 0. */
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> sbdInterestRate,
        /**
         * Share of the SBD part of rewards that is printed as SBD (the rest paid as STEEM). Nodes before the print
         * limit (steemd 0.14) did not send it and printed the whole share, so absent reads as 10000 (100 %).
         */
        Integer sbdPrintRate,
        /** Divides every vote's mana (HF20 vote evaluator); absent in 2016 nodes. Empty: no vote can be valued. */
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> votePowerReserveRate,
        /**
         * 0 before HF21, which introduced the downvote pool: steemd's vote evaluator itself reads 0 as "downvotes draw
         * on the voting manabar", so an absent field and 0 mean exactly the same.
         */
        int downvotePoolPercent,
        /**
         * The curation reverse auction (HF20: 900 s, HF21: 300 s). Before HF20 it was a compile-time constant with
         * other curation rules, so empty means "not this era's rules" and curation cannot be estimated.
         */
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> reverseAuctionSeconds,
        /**
         * Share of new STEEM for content rewards (HF21: 6500). Before HF21 it was a constant that changed with
         * hardforks, so empty is not replaced by a guess.
         */
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> contentRewardPercent) {

    /** What steemd printed before {@code sbd_print_rate} existed: all of it (STEEM_100_PERCENT). */
    static final int SBD_PRINT_RATE_BEFORE_LIMIT = 10_000;

    public DynamicGlobalProperties {
        Objects.requireNonNull(headBlockId, "head_block_id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(totalVestingFundSteem, "total_vesting_fund_steem");
        Objects.requireNonNull(totalVestingShares, "total_vesting_shares");
        sbdInterestRate = Objects.requireNonNullElse(sbdInterestRate, Optional.empty());
        sbdPrintRate = Objects.requireNonNullElse(sbdPrintRate, SBD_PRINT_RATE_BEFORE_LIMIT);
        votePowerReserveRate = Objects.requireNonNullElse(votePowerReserveRate, Optional.empty());
        reverseAuctionSeconds = Objects.requireNonNullElse(reverseAuctionSeconds, Optional.empty());
        contentRewardPercent = Objects.requireNonNullElse(contentRewardPercent, Optional.empty());
    }

    /** The same state at another head time: for checks of what a client does with a node's clock. */
    public DynamicGlobalProperties withTime(Instant otherTime) {
        return new DynamicGlobalProperties(headBlockNumber, headBlockId, otherTime, currentWitness,
                lastIrreversibleBlockNum, virtualSupply, currentSupply, currentSbdSupply, totalVestingFundSteem,
                totalVestingShares, totalRewardFundSteem, totalRewardShares2, sbdInterestRate, sbdPrintRate,
                votePowerReserveRate, downvotePoolPercent, reverseAuctionSeconds, contentRewardPercent);
    }
}
