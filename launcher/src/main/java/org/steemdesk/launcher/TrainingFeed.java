package org.steemdesk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.ui.feed.FeedPrefetch;

/**
 * Seeds the data folder of the package's class-cache training (installers/linux/cds-training.sh) with the feed page
 * the desktop opens on, so that the training start shows cached feed rows as a user's start does: the cache then
 * holds the feed's classes (JSON parsing, the excerpts' Markdown and HTML cleaning, the rows' layout), not only the
 * empty window's. There is no node at package time: the page is a real node response bundled with the installers,
 * stored through the app's own cache code, exactly as a fetched page would be.
 * Usage: {@code TrainingFeed DATA_DIR LISTING_JSON} (a recorded JSON-RPC answer, or its bare array of posts).
 */
public final class TrainingFeed {
    private TrainingFeed() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainingFeed DATA_DIR LISTING_JSON");
            System.exit(2);
        }
        System.out.println("training feed: " + seed(Path.of(args[0]), Path.of(args[1])) + " posts cached");
    }

    /** Stores the listing as the first page's cached rows in {@code dataDir}; how many posts it holds. */
    static int seed(Path dataDir, Path listing) throws IOException {
        JsonNode posts = posts(SteemJson.mapper().readTree(listing.toFile()));
        try (AppContext app = AppContext.open(AppSettings.defaults().withDataDir(dataDir))) {
            FeedSync feeds = app.feeds();
            feeds.store(FeedPrefetch.FIRST_KIND, FeedPrefetch.FIRST_TAG, posts);
        }
        return posts.size();
    }

    /** The array of posts: a recorded call ({@code response.result}), an answer ({@code result}) or the array. */
    private static JsonNode posts(JsonNode recorded) {
        JsonNode posts = recorded.has("response") ? recorded.get("response") : recorded;
        posts = posts.has("result") ? posts.get("result") : posts;
        if (!posts.isArray() || posts.isEmpty()) {
            throw new IllegalArgumentException("the training listing holds no posts");
        }
        return posts;
    }
}
