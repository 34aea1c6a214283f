package org.steemdesk.app.rewards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The buckets rewards are summed in, in UTC (the chain's time zone); weeks are ISO weeks starting on Monday. */
public enum RewardPeriod {
    DAY,
    WEEK,
    MONTH;

    /** The first day of the period {@code time} falls in. */
    public LocalDate start(Instant time) {
        LocalDate day = time.atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** How many days the period starting on {@code start} has. */
    public int days(LocalDate start) {
        return switch (this) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> start.lengthOfMonth();
        };
    }

    /** How the period starting on {@code start} is named: {@code 2017-10-26}, {@code 2017-W43}, {@code 2017-10}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }
}
