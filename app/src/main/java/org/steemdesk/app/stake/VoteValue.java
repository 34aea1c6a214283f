package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The estimated worth of a vote, step by step as steemd computes it (HF20+, steem_evaluator.cpp
 * {@code hf20_vote_evaluator}; constants from {@code get_config}):
 * <ol>
 * <li>{@code used_mana = current_mana × |weight| × 86400 / 10000} (128-bit), where {@code current_mana} is the
 *     voting manabar regenerated to now over {@code STEEM_VOTING_MANA_REGENERATION_SECONDS} with max mana =
 *     effective vesting shares ({@link Manabar}, {@link StakeMath#effectiveVestingShares});</li>
 * <li>{@code used_mana = ceil(used_mana / (vote_power_reserve_rate × 432000))} — with the reserve rate 10 from
 *     dynamic global properties a full vote uses 2% of the current mana;</li>
 * <li>{@code rshares = max(0, used_mana − STEEM_VOTE_DUST_THRESHOLD)} (50,000,000);</li>
 * <li>reward: {@code rshares × reward_balance / recent_claims} STEEM from the "post" reward fund, counting
 *     claims linearly (author_reward_curve "linear"); the post's other votes are not considered;</li>
 * <li>in SBD: × median price {@code base / quote} (get_current_median_history_price; quote is not always
 *     1.000 STEEM, so both are used).</li>
 * </ol>
 * Every division rounds down, like steemd's integer arithmetic; no floating point is used.
 */
public final class VoteValue {

    public static final long STEEM_VOTE_DUST_THRESHOLD = 50_000_000L;
    public static final int STEEM_100_PERCENT = 10_000;
    private static final long SECONDS_PER_DAY = 60L * 60 * 24;

    private VoteValue() {
    }

    /** Step 1–2: the mana a vote of {@code weight} basis points uses. */
    public static long usedMana(long currentMana, int weight, int votePowerReserveRate, long regenerationSeconds) {
        if (weight < -STEEM_100_PERCENT || weight > STEEM_100_PERCENT) {
            throw new IllegalArgumentException("weight must be -10000..10000, got " + weight);
        }
        if (votePowerReserveRate <= 0) {
            throw new IllegalArgumentException("vote_power_reserve_rate must be > 0");
        }
        BigInteger used = BigInteger.valueOf(Math.max(0, currentMana))
                .multiply(BigInteger.valueOf(Math.abs(weight)))
                .multiply(BigInteger.valueOf(SECONDS_PER_DAY))
                .divide(BigInteger.valueOf(STEEM_100_PERCENT));
        BigInteger denominator = BigInteger.valueOf(votePowerReserveRate).multiply(BigInteger.valueOf(regenerationSeconds));
        return Manabar.ceilDiv(used, denominator).longValueExact();
    }

    /** Step 3: the absolute rshares the vote adds. */
    public static long rshares(long usedMana) {
        return Math.max(0, usedMana - STEEM_VOTE_DUST_THRESHOLD);
    }

    /** Step 4: the STEEM the rshares claim from the reward fund. */
    public static Asset steemValue(long rshares, Asset rewardBalance, BigInteger recentClaims) {
        Objects.requireNonNull(recentClaims, "recentClaims");
        if (rewardBalance.symbol() != AssetSymbol.STEEM) {
            throw new IllegalArgumentException("reward balance must be STEEM, got " + rewardBalance);
        }
        if (recentClaims.signum() <= 0) {
            throw new IllegalArgumentException("recent_claims must be positive");
        }
        long steem = BigInteger.valueOf(rshares).multiply(BigInteger.valueOf(rewardBalance.amount()))
                .divide(recentClaims).longValueExact();
        return Asset.of(steem, AssetSymbol.STEEM);
    }

    /** Step 5: STEEM in SBD at the median price {@code base SBD / quote STEEM}. */
    public static Asset sbdValue(Asset steem, Asset priceBase, Asset priceQuote) {
        if (steem.symbol() != AssetSymbol.STEEM || priceBase.symbol() != AssetSymbol.SBD
                || priceQuote.symbol() != AssetSymbol.STEEM) {
            throw new IllegalArgumentException("expected STEEM at a price of SBD per STEEM");
        }
        return Asset.of(VestingPrice.mulDiv(steem.amount(), priceBase.amount(), priceQuote.amount()), AssetSymbol.SBD);
    }

    /** All steps: the SBD value of a vote of {@code weight} with the manabar as it stands now. */
    public static Asset estimate(Manabar manabarNow, int weight, int votePowerReserveRate, Asset rewardBalance,
                                 BigInteger recentClaims, Asset priceBase, Asset priceQuote) {
        long used = usedMana(manabarNow.currentMana(), weight, votePowerReserveRate, manabarNow.regenerationSeconds());
        return sbdValue(steemValue(rshares(used), rewardBalance, recentClaims), priceBase, priceQuote);
    }
}
