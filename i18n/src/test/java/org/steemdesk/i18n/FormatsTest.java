package org.steemdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** {@code offset} from now (ISO-8601, negative in the past) reads {@code expected} in {@code language}. */
    @ParameterizedTest
    @CsvSource({
        "-PT20S, ENGLISH, just now",
        "-PT20S, KOREAN, 방금",
        "-PT1M, ENGLISH, 1 minute ago",
        "-PT5M, ENGLISH, 5 minutes ago",
        "-PT5M, KOREAN, 5분 전",
        "-PT3H, ENGLISH, 3 hours ago",
        "-PT3H, KOREAN, 3시간 전",
        "-PT25H, ENGLISH, 1 day ago",
        "-P6D, KOREAN, 6일 전",
        "PT30M, ENGLISH, in 30 minutes",
        "PT30M, KOREAN, 30분 후",
        "P7D, ENGLISH, in 7 days",
        "P7D, KOREAN, 7일 후",
    })
    void relativeTimes(String offset, Language language, String expected) {
        Formats formats = language == Language.KOREAN ? korean : english;
        assertThat(formats.relative(NOW.plus(Duration.parse(offset)), NOW)).isEqualTo(expected);
    }

    @Test
    void beyondAMonthTheDateIsShown() {
        var then = NOW.minus(Duration.ofDays(40));
        assertThat(english.relative(then, NOW)).isEqualTo("Oct 15, 2026");
        assertThat(korean.relative(then, NOW)).isEqualTo("2026. 10. 15.");
    }
}
