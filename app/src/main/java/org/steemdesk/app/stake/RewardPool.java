package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Price;
import org.steemdesk.chain.rpc.model.RewardFund;

/**
 * The "post" reward fund with the median price: what a post's rshares are worth. All arithmetic is steemd's, in
 * integers that truncate: claims by the curve the fund names ({@link RewardCurve}), {@code asset × price} as
 * protocol/asset.cpp does it ({@code amount × other side / this side}, 128-bit).
 */
public record RewardPool(RewardCurve authorCurve, RewardCurve curationCurve, BigInteger contentConstant,
                         Asset rewardBalance, BigInteger recentClaims, long percentCurationRewards, Price median) {

    public RewardPool {
        Objects.requireNonNull(authorCurve, "authorCurve");
        Objects.requireNonNull(curationCurve, "curationCurve");
        Objects.requireNonNull(contentConstant, "contentConstant");
        Objects.requireNonNull(recentClaims, "recentClaims");
        Objects.requireNonNull(median, "median");
        if (rewardBalance.symbol() != AssetSymbol.STEEM) {
            throw new VoteEstimateException(VoteEstimateException.Kind.MISSING_FIELD, "reward_balance",
                    "the reward fund's balance is not in STEEM: " + rewardBalance);
        }
        if (median.base().symbol() != AssetSymbol.SBD || median.quote().symbol() != AssetSymbol.STEEM
                || median.base().amount() <= 0 || median.quote().amount() <= 0) {
            throw new VoteEstimateException(VoteEstimateException.Kind.MISSING_FIELD, "current_median_history_price",
                    "the node's median price is not a usable SBD/STEEM price: " + median);
        }
    }

    /** The fund as {@code get_reward_fund("post")} gives it; every field the payout needs must be there. */
    public static RewardPool of(RewardFund fund, Price median) {
        String method = "get_reward_fund";
        return new RewardPool(
                RewardCurve.named(fund.authorRewardCurve()
                        .orElseThrow(() -> VoteEstimateException.missing(method, "author_reward_curve"))),
                RewardCurve.named(fund.curationRewardCurve()
                        .orElseThrow(() -> VoteEstimateException.missing(method, "curation_reward_curve"))),
                fund.contentConstant().orElseThrow(() -> VoteEstimateException.missing(method, "content_constant")),
                fund.rewardBalance(), fund.recentClaims(),
                fund.percentCurationRewards()
                        .orElseThrow(() -> VoteEstimateException.missing(method, "percent_curation_rewards")),
                median);
    }

    /** Claims of a post's net rshares by the author curve; a post at or below zero claims nothing. */
    public BigInteger claims(long netRshares) {
        return netRshares > 0 ? authorCurve.evaluate(BigInteger.valueOf(netRshares), contentConstant) : BigInteger.ZERO;
    }

    /**
     * The pending payout condenser_api shows ({@code set_pending_payout}): pot = reward_balance × median (SBD), then
     * {@code claims(net_rshares) × pot / recent_claims} in 256 bits, cast to uint64.
     */
    public Asset pendingPayout(long netRshares) {
        if (recentClaims.signum() <= 0) {
            return Asset.zero(AssetSymbol.SBD);
        }
        Asset pot = toSbd(rewardBalance);
        BigInteger payout = claims(netRshares).multiply(BigInteger.valueOf(pot.amount())).divide(recentClaims);
        return Asset.of(RewardCurve.u64(payout).longValue(), AssetSymbol.SBD);
    }

    /**
     * The STEEM a post would be paid if it cashed out with today's fund ({@code util::get_rshare_reward}): the cashout
     * first adds the post's own claims to recent_claims, scales claims by the post's reward weight, and caps the
     * payout at max_accepted_payout in STEEM at the median. The 0.020 SBD dust rule is not applied: it concerns
     * the post's final payout, which later votes still change.
     */
    public Asset postReward(long netRshares, long rewardWeight, long hundredPercent, Asset maxAcceptedPayout) {
        BigInteger claims = claims(netRshares);
        BigInteger total = recentClaims.add(claims);
        if (claims.signum() == 0 || total.signum() <= 0) {
            return Asset.zero(AssetSymbol.STEEM);
        }
        BigInteger weighted = claims.multiply(BigInteger.valueOf(rewardWeight)).divide(BigInteger.valueOf(hundredPercent));
        long payout = weighted.multiply(BigInteger.valueOf(rewardBalance.amount())).divide(total).longValueExact();
        long max = toSteem(maxAcceptedPayout).amount();
        return Asset.of(Math.min(payout, max), AssetSymbol.STEEM);
    }

    /** The curation curve's W(R) for a post's vote_rshares, as the vote evaluator truncates it ({@code to_uint64}). */
    public BigInteger curationWeightAt(long voteRshares) {
        return RewardCurve.u64(curationCurve.evaluate(BigInteger.valueOf(Math.max(0, voteRshares)), contentConstant));
    }

    /** {@code steem × median} (util::to_sbd). */
    public Asset toSbd(Asset steem) {
        return convert(steem, AssetSymbol.STEEM, median.base().amount(), median.quote().amount(), AssetSymbol.SBD);
    }

    /** {@code sbd × median} (util::to_steem). */
    public Asset toSteem(Asset sbd) {
        return convert(sbd, AssetSymbol.SBD, median.quote().amount(), median.base().amount(), AssetSymbol.STEEM);
    }

    private static Asset convert(Asset a, AssetSymbol from, long numerator, long denominator, AssetSymbol to) {
        if (a.symbol() != from) {
            throw new IllegalArgumentException("expected " + from + ", got " + a);
        }
        return Asset.of(BigInteger.valueOf(a.amount()).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator)).longValueExact(), to);
    }
}
