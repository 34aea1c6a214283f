package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.protocol.Asset;

class CliFormatTest {
    @Test
    void weightsAreBasisPoints() {
        assertThat(CliFormat.basisPoints("100%", "--weight")).isEqualTo(10_000);
        assertThat(CliFormat.basisPoints("-50%", "--weight")).isEqualTo(-5_000);
        assertThat(CliFormat.basisPoints("12.5%", "--weight")).isEqualTo(1_250);
        assertThat(CliFormat.basisPoints("0.01%", "--weight")).isEqualTo(1);
        assertThatThrownBy(() -> CliFormat.basisPoints("12.345%", "--weight"))
                .hasMessageContaining("--weight takes a percentage");
        assertThatThrownBy(() -> CliFormat.basisPoints("full", "--min-mana")).hasMessageContaining("--min-mana");
    }

    @Test
    void agesTakeSecondsMinutesHours() {
        assertThat(CliFormat.duration("30s", "--at-age")).isEqualTo(Duration.ofSeconds(30));
        assertThat(CliFormat.duration("15m", "--at-age")).isEqualTo(Duration.ofMinutes(15));
        assertThat(CliFormat.duration("6h", "--at-age")).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> CliFormat.duration("15", "--at-age")).hasMessageContaining("30s, 15m or 6h");
    }

    @Test
    void printsPercentagesAndSteemPower() {
        assertThat(CliFormat.percent(1250)).isEqualTo("12.5%");
        assertThat(CliFormat.percent(-10_000)).isEqualTo("-100%");
        assertThat(CliFormat.percentNumber(9083).toString()).isEqualTo("90.83");
        assertThat(CliFormat.percentNumber(8000).toString()).isEqualTo("80");
        assertThat(CliFormat.sp(Asset.parse("10.000 STEEM"))).isEqualTo("10.000 SP");
    }
}
