package org.steemdesk.app.rewards;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The rewards of one day, week or month, by kind. */
public record PeriodTotals(RewardPeriod period, LocalDate start, Map<RewardKind, RewardAmounts> byKind) {

    public PeriodTotals {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        EnumMap<RewardKind, RewardAmounts> all = new EnumMap<>(RewardKind.class);
        for (RewardKind kind : RewardKind.values()) {
            all.put(kind, byKind.getOrDefault(kind, RewardAmounts.ZERO));
        }
        byKind = Map.copyOf(all);
    }

    public String label() {
        return period.label(start);
    }

    public RewardAmounts of(RewardKind kind) {
        return byKind.get(kind);
    }

    public RewardAmounts total() {
        return byKind.values().stream().reduce(RewardAmounts.ZERO, RewardAmounts::plus);
    }
}
