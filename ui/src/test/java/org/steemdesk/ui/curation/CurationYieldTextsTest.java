package org.steemdesk.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.rewards.CurationSummary;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** The rewards tab's yield lines: 7 days, 30 days and all time with APR and efficiency, and a vote's efficiency. */
class CurationYieldTextsTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    /** 1 SP = 2 VESTS, to keep the figures easy to check by hand. */
    private static final VestingPrice PRICE = new VestingPrice(Asset.of(1_000_000, AssetSymbol.STEEM),
            Asset.of(2_000_000_000L, AssetSymbol.VESTS));

    private final Messages english = new Messages(Language.ENGLISH);
    private final CurationYieldTexts texts = new CurationYieldTexts(english, new Formats(english, ZoneOffset.UTC));

    @Test
    void theWindowsSayCurationEarnedAprAndEfficiencyOrADashWhereUnknown() {
        var summary = summary(Optional.of(PRICE), Optional.of(Asset.of(1_000_000, AssetSymbol.STEEM)));
        assertThat(texts.lastWeek(summary))
                .isEqualTo("Last 7 days: 1.500 SP from 3 curation rewards, APR 7.82 %, efficiency 87.5 %");
        assertThat(texts.allTime(summary))
                .isEqualTo("All time: 1.500 SP from 3 curation rewards, APR \u2014, efficiency \u2014");
        assertThat(texts.stake(summary)).startsWith("APR on today's effective stake of 1,000.000 SP");

        var korean = new Messages(Language.KOREAN);
        var inKorean = new CurationYieldTexts(korean, new Formats(korean, ZoneOffset.UTC));
        assertThat(inKorean.lastMonth(summary)).startsWith("최근 30일: 큐레이션 보상 3번, 1.500 SP, 연 수익률 7.82 %");

        var noStake = summary(Optional.empty(), Optional.empty());
        assertThat(texts.stake(noStake)).startsWith("No APR yet");
        assertThat(texts.lastWeek(noStake)).startsWith("Last 7 days: 3.000000 VESTS from 3");
    }

    @Test
    void aVotesEfficiencyIsItsRealisedCurationOverItsEstimate() {
        var vote = new VoteReturn("kimchi", "seoul-noodle-trip", NOW, Asset.of(3_000_000, AssetSymbol.VESTS),
                Optional.of(NOW.minus(Duration.ofDays(7))), Optional.of(Duration.ofMinutes(5)), Optional.empty(),
                Optional.of(Asset.of(2_000, AssetSymbol.STEEM)));
        assertThat(texts.efficiency(vote, Optional.of(PRICE))).isEqualTo("75.0 %");
        assertThat(texts.efficiency(vote, Optional.empty())).isNull();
        assertThat(texts.apr(Optional.of(new BigDecimal("12.34")))).isEqualTo("12.34 %");
        assertThat(texts.apr(Optional.empty())).isNull();
    }

    private static CurationSummary summary(Optional<VestingPrice> price, Optional<Asset> stake) {
        var curation = new RewardAmounts(Asset.zero(AssetSymbol.STEEM), Asset.zero(AssetSymbol.SBD),
                Asset.of(3_000_000, AssetSymbol.VESTS));
        var known = new CurationSummary.Window(Optional.of(Duration.ofDays(7)), curation, RewardAmounts.ZERO,
                RewardAmounts.ZERO, 3, Optional.of(new BigDecimal("7.82")), Optional.of(new BigDecimal("87.5")));
        var unknown = new CurationSummary.Window(Optional.empty(), curation, RewardAmounts.ZERO, RewardAmounts.ZERO, 3,
                Optional.empty(), Optional.empty());
        return new CurationSummary(AccountName.of("alice"), NOW, price, stake, List.of(), List.of(), known, known,
                unknown);
    }
}
