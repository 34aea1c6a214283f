package org.steemdesk.ui.feed;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.ui.Background;

/**
 * The feed's cached first page, read on a worker from the desktop's first frame ({@link #begin}), while the FX thread
 * builds the page: reading the listing from cache.db and the first JSON parse then overlap the page's build instead
 * of following it. The feed page takes it once ({@link #take}), for the listing it opens with, instead of asking the
 * cache again; a language switch's new feed page, or another listing, asks as usual.
 */
public final class FeedPrefetch {
    /**
     * The listing the feed page opens with: trending, all tags (its view selects trending, the tag field is empty).
     * Public for the package's class-cache training, which seeds this listing (launcher's TrainingFeed).
     */
    public static final FeedKind FIRST_KIND = FeedKind.TRENDING;
    public static final String FIRST_TAG = "";

    private final FeedKind kind;
    private final String tag;
    private final AtomicReference<CompletableFuture<Optional<Synced<List<FeedItem>>>>> rows;

    FeedPrefetch(FeedKind kind, String tag, CompletableFuture<Optional<Synced<List<FeedItem>>>> rows) {
        this.kind = kind;
        this.tag = tag;
        this.rows = new AtomicReference<>(rows);
    }

    /**
     * Starts reading the first page's cached rows on a worker; the future completes there.
     *
     * @param feeds the app's feeds (the first call opens cache.db)
     */
    public static FeedPrefetch begin(Supplier<FeedSync> feeds, Background background) {
        return begin(feeds, background, CompletableFuture.completedFuture(null));
    }

    /**
     * Starts reading the first page's cached rows on a worker once {@code go} completes (the desktop's first frame:
     * before it, the read would take a core from the toolkit and the frame).
     */
    public static FeedPrefetch begin(Supplier<FeedSync> feeds, Background background, CompletableFuture<?> go) {
        return new FeedPrefetch(FIRST_KIND, FIRST_TAG, go.thenCompose(ready -> background.supply(
                () -> feeds.get().cached(FIRST_KIND, FIRST_TAG, FeedController.PAGE).map(FeedItem::rows))));
    }

    /** Nothing read ahead: the feed page asks the cache itself. */
    public static FeedPrefetch none() {
        return new FeedPrefetch(FIRST_KIND, FIRST_TAG, null);
    }

    /** The rows read ahead, once, if they are the listing asked for; empty after that or for another listing. */
    Optional<CompletableFuture<Optional<Synced<List<FeedItem>>>>> take(FeedKind asked, String askedTag) {
        if (asked != kind || !tag.equals(askedTag)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.getAndSet(null));
    }
}
