package org.steemdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.ui.feed.FeedPrefetch;

/**
 * The package's class-cache training only covers the feed if its data folder really has the feed page the desktop
 * opens on: seeded from the listing bundled with the installers, the cache must give those posts back, in order,
 * for the listing the feed page asks for first.
 */
class TrainingFeedTest {
    /** The listing installers/linux/cds-training.sh seeds with (tests run in the launcher module's folder). */
    static final Path LISTING = Path.of("../installers/linux/training/trending.json");

    @TempDir
    Path data;

    @Test
    void seedsTheFirstFeedPageTheDesktopReadsBack() throws Exception {
        int stored = TrainingFeed.seed(data, LISTING);

        assertThat(stored).isEqualTo(20);
        try (AppContext app = AppContext.open(AppSettings.defaults().withDataDir(data))) {
            var cached = app.feeds().cached(FeedPrefetch.FIRST_KIND, FeedPrefetch.FIRST_TAG, 20).orElseThrow();
            assertThat(cached.value()).hasSize(20);
            Discussion first = cached.value().get(0);
            assertThat(first.author()).isEqualTo("oldstone");
            assertThat(first.permlink()).isEqualTo("6vz6xi");
            assertThat(first.title()).isEqualTo("비극, 개혁의 대상이 개혁의 주체가 되다.");
        }
    }
}
