package org.steemdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.AccountListCache;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

/** The sync services against a loopback node serving recorded real responses, then with the node gone. */
class CacheFirstReadsTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");

    @TempDir
    Path dir;
    CacheDatabase db;
    TestNode node;
    NodeReader reader;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        db = CacheDatabase.open(dir.resolve("cache.db"));
        node = TestNode.start(NOW);
        reader = TestReaders.reader(node, NOW);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
        db.close();
    }

    @Test
    void aTrendingFeedIsCachedInOrderAndReadableOffline() throws Exception {
        node.answerRecorded("condenser_api.get_discussions_by_trending", "get_discussions_by_trending-2020-hivemind-kr.json");
        FeedSync feeds = new FeedSync(reader, new PostCache(db), clock);

        Synced<List<Discussion>> online = feeds.load(FeedKind.TRENDING, "kr", 20);
        node.close();
        Synced<List<Discussion>> offline = new FeedSync(TestReaders.reader(node, NOW), new PostCache(db), clock)
                .load(FeedKind.TRENDING, "kr", 20);

        assertThat(online.offline()).isFalse();
        assertThat(online.value()).hasSize(20);
        assertThat(online.value().get(0).author()).isEqualTo("oldstone");
        assertThat(online.value().get(0).title()).isEqualTo("비극, 개혁의 대상이 개혁의 주체가 되다.");
        assertThat(offline.offline()).isTrue();
        assertThat(offline.fetchedAt()).isEqualTo(NOW);
        assertThat(offline.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(online.value().stream().map(Discussion::permlink).toList());
        JsonNode query = node.calls("condenser_api.get_discussions_by_trending").get(0).params().path(0);
        assertThat(query.path("tag").asText()).isEqualTo("kr");
        assertThat(query.path("limit").asInt()).isEqualTo(20);
    }

    @Test
    void theCachedListingIsReadWithoutAskingForTheNode() throws Exception {
        node.answerRecorded("condenser_api.get_discussions_by_trending", "get_discussions_by_trending-2020-hivemind-kr.json");
        new FeedSync(reader, new PostCache(db), clock).load(FeedKind.TRENDING, "kr", 20);
        FeedSync cacheOnly = new FeedSync(() -> {
            throw new AssertionError("the cached listing asked for the node");
        }, SteemJson.mapper(), new PostCache(db), clock);

        Synced<List<Discussion>> cached = cacheOnly.cached(FeedKind.TRENDING, "kr", 20).orElseThrow();

        assertThat(cached.offline()).isFalse();
        assertThat(cached.value()).hasSize(20);
        assertThat(cached.value().get(0).author()).isEqualTo("oldstone");
    }

    @Test
    void aLongListingIsPagedFromTheLastPostOfEachPage() throws Exception {
        pagedTrending(250);

        Synced<List<Discussion>> feed = new FeedSync(reader, new PostCache(db), clock).load(FeedKind.TRENDING, "", 230);

        assertThat(feed.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 230).mapToObj(i -> "post-" + i).toList());
        assertThat(node.calls("condenser_api.get_discussions_by_trending"))
                .allSatisfy(r -> assertThat(r.params().path(0).path("limit").asInt()).isLessThanOrEqualTo(100));
        assertThat(new PostCache(db).listing(FeedKind.TRENDING, "", 1000).orElseThrow().value()).hasSize(230);
    }

    /** A trending listing of {@code posts} recorded kr posts (permlinks post-0…), paged as steemd pages. */
    private void pagedTrending(int posts) {
        JsonNode recorded = Recorded.file("get_discussions_by_trending-2020-hivemind-kr.json")
                .path("response").path("result");
        ArrayNode all = SteemJson.mapper().createArrayNode();
        for (int i = 0; i < posts; i++) {
            all.add(((com.fasterxml.jackson.databind.node.ObjectNode) recorded.get(i % 20).deepCopy())
                    .put("permlink", "post-" + i));
        }
        // Like steemd: a page starts at (and includes) start_author/start_permlink, at most `limit` posts.
        node.answer("condenser_api.get_discussions_by_trending", params -> {
            JsonNode q = params.path(0);
            int from = q.has("start_permlink") ? Integer.parseInt(q.path("start_permlink").asText().substring(5)) : 0;
            ArrayNode page = SteemJson.mapper().createArrayNode();
            for (int i = from; i < Math.min(all.size(), from + q.path("limit").asInt()); i++) {
                page.add(all.get(i));
            }
            return page;
        });
    }

    /** The desktop's next page while the reader scrolls: after the last row, without repeating it. */
    @Test
    void theNextPageStartsAfterTheLastRowWithoutRepeatingIt() throws Exception {
        pagedTrending(50);
        List<Discussion> first = feeds().load(FeedKind.TRENDING, "kr", 20).value();
        Discussion last = first.get(19);

        Synced<List<Discussion>> next = feeds().next(FeedKind.TRENDING, "kr", last.author(), last.permlink(), 20);

        assertThat(next.offline()).isFalse();
        assertThat(next.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(posts(20, 40));
        JsonNode query = node.calls("condenser_api.get_discussions_by_trending").get(1).params().path(0);
        assertThat(query.path("start_author").asText()).isEqualTo(last.author());
        assertThat(query.path("start_permlink").asText()).isEqualTo("post-19");
        assertThat(query.path("limit").asInt()).isEqualTo(21);
        // The last page is short: the listing ends there.
        assertThat(feeds().next(FeedKind.TRENDING, "kr", last.author(), "post-39", 20).value()).hasSize(10);
        // The cached listing is still the first page, shown first next time.
        assertThat(feeds().cached(FeedKind.TRENDING, "kr", 100).orElseThrow().value()).hasSize(20);
    }

    @Test
    void offlineTheNextPageComesFromTheCachedListingOrIsAClearError() throws Exception {
        pagedTrending(50);
        List<Discussion> first = feeds().load(FeedKind.TRENDING, "kr", 20).value();
        node.close();

        Synced<List<Discussion>> next = feeds().next(FeedKind.TRENDING, "kr", first.get(9).author(), "post-9", 20);
        assertThat(next.offline()).isTrue();
        assertThat(next.fetchedAt()).isEqualTo(NOW);
        assertThat(next.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(posts(10, 20));
        assertThatThrownBy(() -> feeds().next(FeedKind.TRENDING, "kr", first.get(19).author(), "post-19", 20))
                .isInstanceOf(NothingCachedException.class);
    }

    private FeedSync feeds() {
        return new FeedSync(reader, new PostCache(db), clock);
    }

    private static List<String> posts(int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(i -> "post-" + i).toList();
    }

    @Test
    void offlineWithNothingCachedIsAClearError() throws Exception {
        node.close();
        assertThatThrownBy(() -> new FeedSync(reader, new PostCache(db), clock).load(FeedKind.HOT, "", 5))
                .isInstanceOf(NothingCachedException.class)
                .hasMessageContaining("offline").hasMessageContaining("hot listing");
    }

    @Test
    void anAccountKeepsBalancesStakeAndManaForOfflineUse() throws Exception {
        node.answerRecorded("condenser_api.get_accounts", "get_accounts-2020.json");
        AccountSync accounts = new AccountSync(reader, new AccountCache(db), new AccountListCache(db),
                new ChainObjectCache(db), clock);

        Synced<AccountSnapshot> online = accounts.load(AccountName.of("inertia"));
        node.close();
        Synced<AccountSnapshot> offline = new AccountSync(TestReaders.reader(node, NOW), new AccountCache(db),
                new AccountListCache(db), new ChainObjectCache(db), clock).load(AccountName.of("inertia"));

        JsonNode raw = Recorded.file("get_accounts-2020.json").path("response").path("result").path(0);
        assertThat(online.value().account().balance()).isEqualTo(Asset.parse(raw.path("balance").asText()));
        assertThat(offline.offline()).isTrue();
        assertThat(offline.value().account()).isEqualTo(online.value().account());
        assertThat(offline.value().steemPower()).isEqualTo(online.value().steemPower());
        assertThat(online.value().rc()).isEmpty();
        assertThat(online.value().votingManaBasisPoints(NOW)).isBetween(0, 10_000);
    }

    @Test
    void aPostIsStoredWithItsVotesAndAMissingPostIsEmpty() throws Exception {
        node.answerRecorded("condenser_api.get_content", "get_content-2018-11.json")
                .answerRecorded("condenser_api.get_active_votes", "get_active_votes-2017.json")
                .answerRecorded("condenser_api.get_content_replies", "get_content_replies-empty.json");
        PostSync posts = new PostSync(reader, new PostCache(db), clock);

        Optional<Synced<PostThread>> online = posts.load(AccountName.of("inertia"), Permlink.of("kinda-spooky"));
        node.close();
        Optional<Synced<PostThread>> offline = new PostSync(TestReaders.reader(node, NOW), new PostCache(db), clock)
                .load(AccountName.of("inertia"), Permlink.of("kinda-spooky"));

        assertThat(online).isPresent();
        assertThat(online.get().value().votes()).hasSize(43);
        assertThat(offline.orElseThrow().offline()).isTrue();
        assertThat(offline.get().value().votes()).isEqualTo(online.get().value().votes());
        assertThat(offline.get().value().post().title()).isEqualTo(online.get().value().post().title());
    }

    @Test
    void theChainsPlaceholderForAMissingPostIsNoPost() throws Exception {
        node.answerRecorded("condenser_api.get_content", "get_content-nonexistent.json");
        assertThat(new PostSync(reader, new PostCache(db), clock).load(AccountName.of("steemit"), Permlink.of("test")))
                .isEmpty();
    }

    @Test
    void historySyncsIncrementallyInPagesOfAtMostAThousand() throws Exception {
        JsonNode template = Recorded.file("get_account_history-2017.json").path("response").path("result")
                .path(0).path(1);
        long[] newest = {2499};
        node.answer("condenser_api.get_account_history", params -> {
            long start = params.path(1).asLong();
            int limit = params.path(2).asInt();
            long to = start < 0 ? newest[0] : Math.min(start, newest[0]);
            ArrayNode rows = SteemJson.mapper().createArrayNode();
            for (long i = Math.max(0, to - limit); i <= to; i++) {
                rows.addArray().add(i).add(template);
            }
            return rows;
        });
        HistorySync history = new HistorySync(reader, new HistoryCache(db));
        AccountName steemit = AccountName.of("steemit");

        int first = history.sync(steemit);
        newest[0] = 2504;
        HistoryView second = history.load(steemit, 3);

        assertThat(first).isEqualTo(2500);
        assertThat(second.added()).isEqualTo(5);
        assertThat(second.offline()).isFalse();
        assertThat(second.entries()).extracting(e -> e.index()).containsExactly(2504L, 2503L, 2502L);
        assertThat(second.entries().get(0).opName()).isEqualTo("transfer");
        List<TestNode.Call> pages = node.calls("condenser_api.get_account_history").stream()
                .filter(r -> r.params().path(1).asLong() >= 0).toList();
        assertThat(pages).allSatisfy(p -> assertThat(p.params().path(2).asInt()).isLessThanOrEqualTo(1000));
        assertThat(pages.get(pages.size() - 1).params().path(1).asLong()).isEqualTo(2504);
        assertThat(pages.get(pages.size() - 1).params().path(2).asInt()).isEqualTo(4);

        node.close();
        HistoryView offline = new HistorySync(TestReaders.reader(node, NOW), new HistoryCache(db)).load(steemit, 2);
        assertThat(offline.offline()).isTrue();
        assertThat(offline.entries()).extracting(e -> e.index()).containsExactly(2504L, 2503L);
    }
}
