package org.steemdesk.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class HistoryPagingTest {

    @Test
    void firstSyncStartsAtZeroInPagesOfAThousand() {
        assertThat(HistoryPaging.plan(OptionalLong.empty(), 2500)).containsExactly(
                new HistoryRequest(999, 999), new HistoryRequest(1999, 999), new HistoryRequest(2500, 500));
    }

    @Test
    void resumesAfterTheLastStoredIndex() {
        assertThat(HistoryPaging.plan(OptionalLong.of(2500), 2500)).isEmpty();
        assertThat(HistoryPaging.plan(OptionalLong.of(2500), 2503)).containsExactly(new HistoryRequest(2503, 2));
        // A single new entry: limit 1 re-reads the stored one rather than asking for limit 0.
        assertThat(HistoryPaging.plan(OptionalLong.of(2500), 2501)).containsExactly(new HistoryRequest(2501, 1));
    }

    @Property
    void pagesCoverEveryNewIndexInOrderWithinNodeLimits(@ForAll @LongRange(min = -1, max = 50_000) long last,
                                                        @ForAll @LongRange(min = 0, max = 60_000) long newest) {
        List<HistoryRequest> plan = HistoryPaging.plan(last < 0 ? OptionalLong.empty() : OptionalLong.of(last), newest);
        long expectedNext = last + 1;
        for (HistoryRequest r : plan) {
            assertThat(r.limit()).isBetween(0, HistoryPaging.MAX_LIMIT);
            assertThat(r.start() - r.from() + 1).isLessThanOrEqualTo(HistoryPaging.MAX_LIMIT);
            assertThat(r.from()).isLessThanOrEqualTo(expectedNext);
            assertThat(r.start()).isGreaterThanOrEqualTo(expectedNext);
            expectedNext = r.start() + 1;
        }
        assertThat(expectedNext).isEqualTo(Math.max(last + 1, newest + 1));
    }
}
