package org.steemdesk.app.rewards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;

/**
 * What one vote earned: the curation reward (VESTS) paid for {@code author/permlink}, and — where Steemdesk sent
 * the vote and recorded it — when it went, the post's age then, the value estimated at that moment (payout change,
 * SBD) and the curation reward it was expected to earn (STEEM).
 */
public record VoteReturn(String author, String permlink, Instant paidAt, Asset curationVests,
                         Optional<Instant> votedAt, Optional<Duration> postAgeAtVote, Optional<Asset> estimatedValue,
                         Optional<Asset> expectedCuration) {

    public Asset curationSp(VestingPrice price) {
        return price.toSteem(curationVests);
    }

    /**
     * The realised curation reward against the one expected when the vote was sent, in percent (100: as
     * expected). Empty without an expectation, or when it was zero. The chain keeps no past vesting rates, so the
     * reward is valued at today's.
     */
    public Optional<BigDecimal> efficiencyPercent(VestingPrice price) {
        return expectedCuration.filter(e -> e.amount() > 0).map(e -> BigDecimal.valueOf(curationSp(price).amount())
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(e.amount()), 1, RoundingMode.HALF_EVEN));
    }
}
