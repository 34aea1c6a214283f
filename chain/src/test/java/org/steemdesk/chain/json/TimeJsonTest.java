package org.steemdesk.chain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The hand-written fast path of steemd's times writes and reads exactly what java.time does. */
class TimeJsonTest {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Property(tries = 2000)
    void formatsAndReadsLikeJavaTime(@ForAll @LongRange(min = -100_000_000_000L, max = 300_000_000_000L) long second,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant time = Instant.ofEpochSecond(second, nanos);
        String text = TimeJson.format(time);
        assertThat(text).isEqualTo(FORMAT.format(time.atOffset(ZoneOffset.UTC)));
        if (text.length() == 19) {
            assertThat(TimeJson.parse(text)).isEqualTo(Instant.ofEpochSecond(second));
            assertThat(TimeJson.parse(text + "Z")).isEqualTo(Instant.ofEpochSecond(second));
        }
    }

    @Test
    void readsTheEdgesAndRefusesWhatJavaTimeRefuses() {
        assertThat(TimeJson.parse("1970-01-01T00:00:00")).isEqualTo(Instant.EPOCH);
        assertThat(TimeJson.parse("0000-01-01T00:00:00"))
                .isEqualTo(LocalDateTime.parse("0000-01-01T00:00:00").toInstant(ZoneOffset.UTC));
        assertThat(TimeJson.parse("2026-11-24T15:00:00.999")).isEqualTo(Instant.parse("2026-11-24T15:00:00.999Z"));
        for (String bad : new String[] {"2026-02-30T00:00:00", "2026-13-01T00:00:00", "2026-01-01T24:00:00",
                "2026-01-01T00:60:00", "2026-01-01 00:00:00", "2026-1-01T00:00:00", "２026-01-01T00:00:00", ""}) {
            assertThatThrownBy(() -> TimeJson.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
