package org.steemdesk.app.stake;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.steemdesk.chain.rpc.model.ChainConfig;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * The parameters of steemd's vote evaluator, each read from the node: the governed ones from
 * {@code get_dynamic_global_properties}, the compile-time ones from {@code get_config}. None has a default here; a
 * node that does not state one gets a {@link VoteEstimateException.Kind#MISSING_FIELD}.
 */
public record VoteRules(long hundredPercent, long reverseAuctionSeconds, long downvotePoolPercent,
                        long votePowerReserveRate, long manaRegenerationSeconds, long voteDustThreshold,
                        long upvoteLockoutSeconds) {

    public VoteRules {
        positive(hundredPercent, "STEEM_100_PERCENT");
        positive(reverseAuctionSeconds, "reverse_auction_seconds");
        positive(votePowerReserveRate, "vote_power_reserve_rate");
        positive(manaRegenerationSeconds, "STEEM_VOTING_MANA_REGENERATION_SECONDS");
        positive(upvoteLockoutSeconds, "STEEM_UPVOTE_LOCKOUT_SECONDS");
        if (downvotePoolPercent < 0 || downvotePoolPercent > hundredPercent) {
            throw unusable("downvote_pool_percent", downvotePoolPercent);
        }
        if (voteDustThreshold < 0) {
            throw unusable("STEEM_VOTE_DUST_THRESHOLD", voteDustThreshold);
        }
    }

    public static VoteRules of(DynamicGlobalProperties props, ChainConfig config) {
        String dgp = "get_dynamic_global_properties";
        return new VoteRules(
                constant(config::hundredPercent, "STEEM_100_PERCENT"),
                required(props.reverseAuctionSeconds(), dgp, "reverse_auction_seconds"),
                props.downvotePoolPercent(),
                required(props.votePowerReserveRate(), dgp, "vote_power_reserve_rate"),
                constant(config::votingManaRegenerationSeconds, "STEEM_VOTING_MANA_REGENERATION_SECONDS"),
                constant(config::voteDustThreshold, "STEEM_VOTE_DUST_THRESHOLD"),
                constant(config::upvoteLockoutSeconds, "STEEM_UPVOTE_LOCKOUT_SECONDS"));
    }

    private static long required(Optional<Integer> value, String method, String field) {
        return value.orElseThrow(() -> VoteEstimateException.missing(method, field));
    }

    private static long constant(LongSupplier value, String name) {
        try {
            return value.getAsLong();
        } catch (NoSuchElementException e) {
            throw VoteEstimateException.missing("get_config", name);
        }
    }

    /** A zero divisor or a negative share would fault in steemd too; the node's answer is unusable, not the vote. */
    private static void positive(long value, String name) {
        if (value <= 0) {
            throw unusable(name, value);
        }
    }

    private static VoteEstimateException unusable(String name, long value) {
        return new VoteEstimateException(VoteEstimateException.Kind.MISSING_FIELD, name,
                "the node gives " + name + " = " + value + ", which no vote can be valued with");
    }
}
