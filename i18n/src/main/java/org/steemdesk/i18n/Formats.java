package org.steemdesk.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/** Numbers, amounts, dates and relative times written the way readers of one language expect them. */
public final class Formats {
    // Past this, "45 days ago" is less useful than the date itself.
    private static final Duration RELATIVE_LIMIT = Duration.ofDays(30);

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    public Formats(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        var locale = messages.language().locale();
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.dateTimeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A whole number with grouping: {@code 1,234,567}. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(messages.language().locale()).format(value);
    }

    /** A decimal number with grouping, keeping exactly the digits of its scale: {@code 1,234.500}. */
    public String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(messages.language().locale());
        int digits = Math.max(0, value.scale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /**
     * An amount with its symbol, keeping the precision of the value: {@code 1,234.567 STEEM}, {@code 50.000 SP}.
     * Symbols stay as they are on the chain in every language; Steemit users read STEEM, SBD and SP as names.
     */
    public String amount(BigDecimal value, String symbol) {
        return number(value) + " " + symbol;
    }

    /** A share in [0, 1] as a percentage with up to two decimals: {@code 98.75%}. */
    public String percent(double ratio) {
        var format = NumberFormat.getPercentInstance(messages.language().locale());
        format.setMaximumFractionDigits(2);
        return format.format(ratio);
    }

    public String date(Instant instant) {
        return dateFormat.format(instant);
    }

    public String dateTime(Instant instant) {
        return dateTimeFormat.format(instant);
    }

    /**
     * How long ago (or how far ahead) {@code then} is, seen from {@code now}: "just now", "3 hours ago",
     * "in 2 days"; beyond 30 days, the date.
     */
    public String relative(Instant then, Instant now) {
        var distance = Duration.between(then, now);
        boolean past = !distance.isNegative();
        var size = distance.abs();
        if (size.compareTo(RELATIVE_LIMIT) > 0) {
            return date(then);
        }
        if (size.toMinutes() < 1) {
            return messages.get("time.now");
        }
        if (size.toHours() < 1) {
            return past ? messages.get("time.minutes.ago", size.toMinutes())
                        : messages.get("time.minutes.ahead", size.toMinutes());
        }
        if (size.toDays() < 1) {
            return past ? messages.get("time.hours.ago", size.toHours())
                        : messages.get("time.hours.ahead", size.toHours());
        }
        return past ? messages.get("time.days.ago", size.toDays())
                    : messages.get("time.days.ahead", size.toDays());
    }
}
