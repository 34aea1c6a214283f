package org.steemdesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.node.TestReaders;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.TestNode;

/** The feed's next page, after a listing's last row, as the desktop asks for it while the reader scrolls. */
class FeedPagesTest {
    static final Instant NOW = Instant.parse("2022-07-30T23:30:00Z");
    private static final String TRENDING = "condenser_api.get_discussions_by_trending";

    @TempDir
    Path dir;
    CacheDatabase db;
    TestNode node;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        db = CacheDatabase.open(dir.resolve("cache.db"));
        node = TestNode.start(NOW);
        JsonNode recorded = Recorded.file("get_discussions_by_trending-2020-hivemind-kr.json")
                .path("response").path("result");
        ArrayNode all = SteemJson.mapper().createArrayNode();
        for (int i = 0; i < 50; i++) {
            all.add(((ObjectNode) recorded.get(i % 20).deepCopy()).put("permlink", "post-" + i));
        }
        // Like steemd: a page starts at (and includes) start_author/start_permlink, at most `limit` posts.
        node.answer(TRENDING, params -> {
            JsonNode q = params.path(0);
            int from = q.has("start_permlink") ? Integer.parseInt(q.path("start_permlink").asText().substring(5)) : 0;
            ArrayNode page = SteemJson.mapper().createArrayNode();
            for (int i = from; i < Math.min(all.size(), from + q.path("limit").asInt()); i++) {
                page.add(all.get(i));
            }
            return page;
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
        db.close();
    }

    private FeedSync feeds() {
        return new FeedSync(TestReaders.reader(node, NOW), new PostCache(db), clock);
    }

    @Test
    void theNextPageStartsAfterTheLastRowWithoutRepeatingIt() throws Exception {
        List<Discussion> first = feeds().load(FeedKind.TRENDING, "kr", 20).value();
        Discussion last = first.get(19);

        Synced<List<Discussion>> next = feeds().next(FeedKind.TRENDING, "kr", last.author(), last.permlink(), 20);

        assertThat(next.offline()).isFalse();
        assertThat(next.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(IntStream.range(20, 40).mapToObj(i -> "post-" + i).toList());
        JsonNode query = node.calls(TRENDING).get(1).params().path(0);
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
        List<Discussion> first = feeds().load(FeedKind.TRENDING, "kr", 20).value();
        node.close();

        Synced<List<Discussion>> next = feeds().next(FeedKind.TRENDING, "kr", first.get(9).author(), "post-9", 20);
        assertThat(next.offline()).isTrue();
        assertThat(next.fetchedAt()).isEqualTo(NOW);
        assertThat(next.value()).extracting(Discussion::permlink)
                .containsExactlyElementsOf(IntStream.range(10, 20).mapToObj(i -> "post-" + i).toList());
        assertThatThrownBy(() -> feeds().next(FeedKind.TRENDING, "kr", first.get(19).author(), "post-19", 20))
                .isInstanceOf(NothingCachedException.class);
    }
}
