package org.steemdesk.app.stake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ManabarTest {

    private final Instant t0 = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void timeBeforeTheLastUpdateChangesNothing() {
        Manabar bar = new Manabar(1000, 500, t0, 432_000);
        assertThat(bar.at(t0.minusSeconds(60))).isEqualTo(bar);
    }

    @Test
    void overfullPoolIsCappedAtItsMaximum() {
        // After an undelegation the stored mana can exceed the new maximum; steemd caps it at once.
        assertThat(new Manabar(1000, 1500, t0, 432_000).at(t0).currentMana()).isEqualTo(1000);
    }

    @Test
    void anEmptyPoolNeverReachesAPositivePercentage() {
        Manabar empty = new Manabar(0, 0, t0, 432_000);
        assertThat(empty.reaches(1)).isEmpty();
        assertThat(empty.reaches(0)).contains(t0);
    }

    @Property
    void reachesIsTheFirstSecondAtWhichThePercentageHolds(@ForAll @LongRange(min = 1, max = 1L << 50) long max,
                                                          @ForAll @IntRange(min = 0, max = 10_000) int startBp,
                                                          @ForAll @IntRange(min = 0, max = 10_000) int targetBp) {
        long current = max / 10_000 * startBp;
        Manabar bar = new Manabar(max, current, t0, Manabar.STEEM_REGENERATION_SECONDS);
        Instant at = bar.reaches(targetBp).orElseThrow();
        assertThat(bar.at(at).percentBasisPoints()).isGreaterThanOrEqualTo(targetBp);
        if (at.isAfter(t0)) {
            assertThat(bar.at(at.minusSeconds(1)).percentBasisPoints()).isLessThan(targetBp);
        }
    }
}
