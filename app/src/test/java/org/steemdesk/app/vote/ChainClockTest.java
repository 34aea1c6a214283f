package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.steemdesk.testnode.MutableClock;

/**
 * The chain clock against a simulated chain: blocks every 3 s from {@code GENESIS}, each visible on this computer's
 * clock {@code offset} after its time; a read of the head at local time t sees the last block visible by then.
 */
class ChainClockTest {
    static final Instant GENESIS = Instant.parse("2026-01-15T12:00:00Z");
    final MutableClock clock = new MutableClock(GENESIS.plusSeconds(600));

    /** The head a node shows at local time {@code t} when blocks become visible {@code offset} after their time. */
    static Instant headAt(Instant t, Duration offset) {
        long sinceGenesis = Duration.between(GENESIS, t.minus(offset)).toMillis();
        return GENESIS.plusSeconds(3 * Math.floorDiv(sinceGenesis, 3000));
    }

    void read(ChainClock chain, Duration offset, Duration roundTrip) {
        Instant sent = clock.instant();
        Instant served = sent.plus(roundTrip.dividedBy(2));
        clock.advance(roundTrip);
        chain.observe(headAt(served, offset), sent, clock.instant());
    }

    @Test
    void oneReadPlacesAVoteOnTheFirstBlockAtOrAfterItsTimeNeverBefore() {
        ChainClock chain = new ChainClock(clock);
        Duration offset = Duration.ofMillis(400);
        clock.advance(Duration.ofMillis(2100));
        read(chain, offset, Duration.ofMillis(20));

        // 12:15:01 is no block time: the first block at or after it is 12:15:03.
        Instant due = GENESIS.plus(Duration.ofMinutes(15)).plusSeconds(1);
        Instant local = chain.localTimeOf(due).orElseThrow();
        Instant block = GENESIS.plus(Duration.ofMinutes(15)).plusSeconds(3);
        assertThat(headAt(local, offset)).isEqualTo(block);
        assertThat(Duration.between(block.plus(offset), local)).isBetween(Duration.ZERO, Duration.ofSeconds(3));
    }

    @Test
    void probesHalveTheUncertaintyUntilItIsSharp() {
        ChainClock chain = new ChainClock(clock);
        Duration offset = Duration.ofMillis(1234);
        assertThat(chain.nextProbe(VoteClock.PRECISION)).contains(clock.instant());
        int reads = 0;
        while (chain.nextProbe(VoteClock.PRECISION).isPresent()) {
            Instant at = chain.nextProbe(VoteClock.PRECISION).get();
            assertThat(at).isAfterOrEqualTo(clock.instant());
            clock.advance(Duration.between(clock.instant(), at));
            read(chain, offset, Duration.ofMillis(10));
            reads++;
        }
        assertThat(reads).isLessThanOrEqualTo(6);
        assertThat(chain.uncertainty().orElseThrow()).isLessThanOrEqualTo(VoteClock.PRECISION);
        Instant due = GENESIS.plus(Duration.ofMinutes(20));
        Instant local = chain.localTimeOf(due).orElseThrow();
        assertThat(Duration.between(due.plus(offset), local)).isBetween(Duration.ZERO, VoteClock.PRECISION);
    }

    @Test
    void neverEarlyWhateverTheOffsetAndReadTimes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 500; run++) {
            ChainClock chain = new ChainClock(clock);
            Duration offset = Duration.ofMillis(random.nextInt(0, 2500));
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                clock.advance(Duration.ofMillis(random.nextInt(0, 5000)));
                read(chain, offset, Duration.ofMillis(random.nextInt(1, 300)));
            }
            Instant due = clock.instant().plusSeconds(random.nextInt(10, 400));
            Instant local = chain.localTimeOf(due).orElseThrow();
            assertThat(headAt(local, offset)).as("run %d", run).isAfterOrEqualTo(due);
            // At most a block (and half a round trip) late.
            assertThat(headAt(local.minusMillis(3150), offset)).as("run %d: a block late", run).isBefore(due);
        }
    }

    @Test
    void aContradictingHeadStartsAfreshAndOldReadsAreForgotten() {
        ChainClock chain = new ChainClock(clock);
        read(chain, Duration.ZERO, Duration.ofMillis(10));
        assertThat(chain.known()).isTrue();
        // Another node whose blocks arrive 40 s later: nothing of the first read can hold.
        read(chain, Duration.ofSeconds(40), Duration.ofMillis(10));
        Instant due = clock.instant().plusSeconds(60);
        assertThat(headAt(chain.localTimeOf(due).orElseThrow(), Duration.ofSeconds(40))).isAfterOrEqualTo(due);

        clock.advance(ChainClock.MEMORY.plusSeconds(1));
        assertThat(chain.known()).isFalse();
        assertThat(chain.localTimeOf(due)).isEmpty();
    }

    @Test
    void theHeadTimeIsNeverAheadOfTheChain() {
        ChainClock chain = new ChainClock(clock);
        Duration offset = Duration.ofMillis(700);
        read(chain, offset, Duration.ofMillis(30));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(450));
            assertThat(chain.headTime().orElseThrow()).isBeforeOrEqualTo(headAt(clock.instant(), offset));
        }
    }
}
