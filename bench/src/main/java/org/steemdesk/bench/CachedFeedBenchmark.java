package org.steemdesk.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.CachedPost;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * Opening a cached feed of 500 posts from cache.db, as the feed screen does before any node answers: the listing
 * query, and every post's JSON parsed into a {@link Discussion}. Posts carry a 4 KB body and 20 active votes.
 * Target: at most 50 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CachedFeedBenchmark {
    static final int POSTS = 500;

    private Path dir;
    private CacheDatabase db;
    private FeedSync feeds;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("steemdesk-bench");
        db = CacheDatabase.open(dir.resolve("cache.db"));
        PostCache cache = new PostCache(db);
        List<CachedPost> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            posts.add(post(i));
        }
        cache.putListing(FeedKind.TRENDING, "kr", posts, Instant.now());
        // Never asked: the benchmark reads the cache only.
        NodeReader reader = new NodeReader(NodePool.create(List.of(URI.create("http://127.0.0.1:9"))),
                SteemJson.mapper());
        feeds = new FeedSync(reader, cache, Clock.systemUTC());
    }

    private static CachedPost post(int i) {
        String author = "author" + (i % 97);
        String permlink = "post-number-" + i;
        ObjectNode o = SteemJson.mapper().createObjectNode();
        o.put("post_id", 1_000_000 + i).put("author", author).put("permlink", permlink).put("category", "kr")
                .put("parent_author", "").put("parent_permlink", "kr").put("title", "제목 " + i + " — a title")
                .put("body", ("본문 body text " + i + " ").repeat(300).substring(0, 4000))
                .put("json_metadata", "{\"tags\":[\"kr\",\"steem\"],\"app\":\"steemit/0.2\"}")
                .put("created", "2026-11-20T12:00:00").put("last_update", "2026-11-20T12:00:00").put("depth", 0)
                .put("children", i % 7).put("net_rshares", "123456789012").put("cashout_time", "2026-11-27T12:00:00")
                .put("last_payout", "1970-01-01T00:00:00").put("total_payout_value", "0.000 SBD")
                .put("curator_payout_value", "0.000 SBD").put("pending_payout_value", "12.345 SBD")
                .put("max_accepted_payout", "1000000.000 SBD").put("percent_steem_dollars", 10000)
                .put("url", "/kr/@" + author + "/" + permlink).put("root_title", "제목").put("author_reputation", 55);
        var votes = o.putArray("active_votes");
        for (int v = 0; v < 20; v++) {
            votes.addObject().put("voter", "voter" + v).put("rshares", "1234567890").put("percent", 10000)
                    .put("reputation", "123456789");
        }
        o.putArray("beneficiaries");
        return new CachedPost(AccountName.of(author), Permlink.of(permlink), o.toString());
    }

    @Benchmark
    public List<Discussion> openCachedFeed() {
        Synced<List<Discussion>> feed = feeds.cached(FeedKind.TRENDING, "kr", POSTS).orElseThrow();
        if (feed.value().size() != POSTS) {
            throw new IllegalStateException("expected " + POSTS + " posts, got " + feed.value().size());
        }
        return feed.value();
    }

    @TearDown
    public void tearDown() throws IOException {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
