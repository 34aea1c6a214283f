package org.steemdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");

    private final Formats english = new Formats(new Messages(Language.ENGLISH), SEOUL);
    private final Formats korean = new Formats(new Messages(Language.KOREAN), SEOUL);

    @Test
    void amountsKeepTheirPrecisionAndGroupThousands() {
        var value = new BigDecimal("1234.567");
        assertThat(english.amount(value, "STEEM")).isEqualTo("1,234.567 STEEM");
        assertThat(korean.amount(value, "STEEM")).isEqualTo("1,234.567 STEEM");
        assertThat(english.amount(new BigDecimal("50.000"), "SP")).isEqualTo("50.000 SP");
        assertThat(korean.amount(new BigDecimal("0.001"), "SBD")).isEqualTo("0.001 SBD");
        assertThat(english.amount(new BigDecimal("2049123.123456"), "VESTS")).isEqualTo("2,049,123.123456 VESTS");
    }

    @Test
    void numbersAndPercentages() {
        assertThat(english.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(korean.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(english.percent(0.9875)).isEqualTo("98.75%");
        assertThat(korean.percent(1.0)).isEqualTo("100%");
    }

    @Test
    void datesFollowTheLanguage() {
        assertThat(english.date(NOW)).isEqualTo("Nov 24, 2026");
        assertThat(korean.date(NOW)).isEqualTo("2026. 11. 24.");
        assertThat(english.dateTime(NOW)).isEqualTo("Nov 24, 2026, 3:30 PM");
        assertThat(korean.dateTime(NOW)).isEqualTo("2026. 11. 24. 오후 3:30");
    }

    @Test
    void relativeTimesInThePast() {
        assertThat(english.relative(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(korean.relative(NOW.minusSeconds(20), NOW)).isEqualTo("방금");
        assertThat(english.relative(NOW.minus(Duration.ofMinutes(1)), NOW)).isEqualTo("1 minute ago");
        assertThat(english.relative(NOW.minus(Duration.ofMinutes(5)), NOW)).isEqualTo("5 minutes ago");
        assertThat(korean.relative(NOW.minus(Duration.ofMinutes(5)), NOW)).isEqualTo("5분 전");
        assertThat(english.relative(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3 hours ago");
        assertThat(korean.relative(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3시간 전");
        assertThat(english.relative(NOW.minus(Duration.ofHours(25)), NOW)).isEqualTo("1 day ago");
        assertThat(korean.relative(NOW.minus(Duration.ofDays(6)), NOW)).isEqualTo("6일 전");
    }

    @Test
    void relativeTimesAhead() {
        assertThat(english.relative(NOW.plus(Duration.ofMinutes(30)), NOW)).isEqualTo("in 30 minutes");
        assertThat(korean.relative(NOW.plus(Duration.ofMinutes(30)), NOW)).isEqualTo("30분 후");
        assertThat(english.relative(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo("in 7 days");
        assertThat(korean.relative(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo("7일 후");
    }

    @Test
    void beyondAMonthTheDateIsShown() {
        var then = NOW.minus(Duration.ofDays(40));
        assertThat(english.relative(then, NOW)).isEqualTo("Oct 15, 2026");
        assertThat(korean.relative(then, NOW)).isEqualTo("2026. 10. 15.");
    }
}
