package org.steemdesk.ui.curation;

import java.math.BigDecimal;
import java.util.Optional;
import org.steemdesk.app.rewards.CurationSummary;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * What the rewards tab says about curation yield, without JavaFX: the last 7 days, the last 30 days and all time
 * (curation earned, how many rewards, APR on the stake, efficiency against the estimates), a period's APR and a
 * vote's efficiency. A figure the chain state cannot give (no price or stake cached, no estimate kept) is a dash.
 */
record CurationYieldTexts(Messages messages, Formats formats) {
    String lastWeek(CurationSummary s) {
        return messages.get("curation.yield.week", window(s, s.lastWeek()), s.lastWeek().curationRewards(),
                percent(s.lastWeek().curationAprPercent()), percent(s.lastWeek().efficiencyPercent()));
    }

    String lastMonth(CurationSummary s) {
        return messages.get("curation.yield.month", window(s, s.lastMonth()), s.lastMonth().curationRewards(),
                percent(s.lastMonth().curationAprPercent()), percent(s.lastMonth().efficiencyPercent()));
    }

    String allTime(CurationSummary s) {
        return messages.get("curation.yield.all", window(s, s.allTime()), s.allTime().curationRewards(),
                percent(s.allTime().curationAprPercent()), percent(s.allTime().efficiencyPercent()));
    }

    /** The stake the APR is worked out on, or why there is none. */
    String stake(CurationSummary s) {
        return s.stake().map(sp -> messages.get("curation.yield.stake", formats.amount(sp.toDecimal(), "SP")))
                .orElseGet(() -> messages.get("curation.yield.noStake"));
    }

    /** A period's APR (empty text when unknown: the table shows nothing). */
    String apr(Optional<BigDecimal> percent) {
        return percent.map(this::percentOf).orElse(null);
    }

    /** A vote's realised curation against its estimate. */
    String efficiency(VoteReturn vote, Optional<VestingPrice> price) {
        return price.flatMap(vote::efficiencyPercent).map(this::percentOf).orElse(null);
    }

    private String window(CurationSummary s, CurationSummary.Window w) {
        return s.price().map(p -> formats.amount(w.curation().sp(p).toDecimal(), "SP"))
                .orElseGet(() -> formats.amount(w.curation().vests().toDecimal(), "VESTS"));
    }

    private String percent(Optional<BigDecimal> value) {
        return value.map(this::percentOf).orElseGet(() -> messages.get("curation.yield.unknown"));
    }

    private String percentOf(BigDecimal percent) {
        return formats.number(percent) + " %";
    }
}
