package org.steemdesk.app.rewards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;

/**
 * The curation analytics of one account as plain records, for the CLI and for a chart page alike (no texts, no FX):
 * each curation reward with the vote that earned it, the rewards per period with the curation APR on the account's
 * stake, and the totals of the last 7 days, the last 30 days and all time.
 *
 * @param stake  the account's effective stake (own − delegated + received VESTS) in SP, from the cached account at
 *               the cached vesting rate; the chain keeps no past stake, so today's is used for every period
 */
public record CurationSummary(AccountName account, Instant asOf, Optional<VestingPrice> price, Optional<Asset> stake,
                              List<VoteReturn> votes, List<PeriodYield> periods, Window lastWeek, Window lastMonth,
                              Window allTime) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    public CurationSummary {
        votes = List.copyOf(votes);
        periods = List.copyOf(periods);
    }

    /** One period's rewards and the curation APR they make on the stake (over the period's full length). */
    public record PeriodYield(PeriodTotals totals, Optional<BigDecimal> curationAprPercent) {
    }

    /**
     * The rewards of a window ending at {@code asOf} ({@code span} empty: all time, from the first reward), how many
     * curation rewards, their APR on the stake and their efficiency against what was expected when the votes went.
     */
    public record Window(Optional<Duration> span, RewardAmounts curation, RewardAmounts author,
                         RewardAmounts beneficiary, int curationRewards, Optional<BigDecimal> curationAprPercent,
                         Optional<BigDecimal> efficiencyPercent) {
    }

    /** {@code earned} SP over {@code days} as a yearly rate on {@code stake} SP, in percent. */
    static Optional<BigDecimal> apr(Asset earned, Optional<Asset> stake, BigDecimal days) {
        if (stake.isEmpty() || stake.get().amount() <= 0 || days.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(earned.amount()).multiply(DAYS_PER_YEAR).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(stake.get().amount()).multiply(days), 2, RoundingMode.HALF_EVEN));
    }
}
