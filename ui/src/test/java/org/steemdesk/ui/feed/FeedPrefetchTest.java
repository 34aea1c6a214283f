package org.steemdesk.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.sync.Synced;

/** The feed's first page read ahead: taken once, and only for the listing it was read for. */
class FeedPrefetchTest {
    private final CompletableFuture<Optional<Synced<List<FeedItem>>>> rows = CompletableFuture.completedFuture(
            Optional.of(new Synced<>(List.of(), Instant.EPOCH, false)));

    @Test
    void theListingItWasReadForTakesItOnce() {
        var prefetch = new FeedPrefetch(FeedPrefetch.FIRST_KIND, FeedPrefetch.FIRST_TAG, rows);
        assertThat(prefetch.take(FeedKind.TRENDING, "")).containsSame(rows);
        assertThat(prefetch.take(FeedKind.TRENDING, "")).isEmpty();
    }

    @Test
    void anotherListingAsksTheCacheItself() {
        var prefetch = new FeedPrefetch(FeedKind.TRENDING, "", rows);
        assertThat(prefetch.take(FeedKind.HOT, "")).isEmpty();
        assertThat(prefetch.take(FeedKind.TRENDING, "kr")).isEmpty();
        assertThat(prefetch.take(FeedKind.TRENDING, "")).containsSame(rows);
    }

    @Test
    void nothingReadAheadGivesNothing() {
        assertThat(FeedPrefetch.none().take(FeedKind.TRENDING, "")).isEmpty();
    }
}
