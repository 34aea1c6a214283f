package org.steemdesk.app.storage;

import org.steemdesk.app.node.NodeCheckResult;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.sync.FeedKind;
import org.steemdesk.app.settings.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

class CachesTest extends OnCacheDatabase {
    final Instant t0 = Instant.parse("2026-01-15T12:00:00Z");
    final AccountName alice = AccountName.of("alice");

    @Test
    void accountAndChainObjectsComeBackWithTheirAge() {
        AccountCache accounts = new AccountCache(db);
        accounts.put(alice, "{\"name\":\"alice\"}", t0);
        Cached<String> cached = accounts.get(alice).orElseThrow();
        assertThat(cached.value()).isEqualTo("{\"name\":\"alice\"}");
        assertThat(cached.age(t0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(cached.olderThan(Duration.ofMinutes(1), t0.plusSeconds(90))).isTrue();
        assertThat(accounts.get(AccountName.of("bob"))).isEmpty();

        ChainObjectCache objects = new ChainObjectCache(db);
        objects.put(ChainObject.DYNAMIC_GLOBAL_PROPERTIES, "{\"head_block_number\":1}", t0);
        objects.put(ChainObject.DYNAMIC_GLOBAL_PROPERTIES, "{\"head_block_number\":2}", t0.plusSeconds(3));
        assertThat(objects.get(ChainObject.DYNAMIC_GLOBAL_PROPERTIES).orElseThrow())
                .isEqualTo(new Cached<>("{\"head_block_number\":2}", t0.plusSeconds(3)));
        assertThat(objects.get(ChainObject.REWARD_FUND_POST)).isEmpty();

        AccountListCache lists = new AccountListCache(db);
        lists.put(AccountList.DELEGATIONS, alice, "[{\"delegatee\":\"bob\"}]", t0);
        assertThat(lists.get(AccountList.DELEGATIONS, alice)).isPresent();
        assertThat(lists.get(AccountList.SAVINGS_WITHDRAWALS, alice)).isEmpty();
    }

    @Test
    void listingKeepsTheNodesOrderAndIsReplacedAsAWhole() {
        PostCache posts = new PostCache(db);
        List<CachedPost> first = List.of(post("bob", "b"), post("alice", "a"), post("carol", "c"));
        posts.putListing(FeedKind.TRENDING, "kr", first, t0);
        assertThat(posts.listing(FeedKind.TRENDING, "kr", 10).orElseThrow().value()).isEqualTo(first);
        assertThat(posts.listing(FeedKind.TRENDING, "kr", 2).orElseThrow().value()).isEqualTo(first.subList(0, 2));
        assertThat(posts.listing(FeedKind.TRENDING, "", 10)).isEmpty();

        List<CachedPost> second = List.of(post("carol", "c"), post("dave", "d"));
        posts.putListing(FeedKind.TRENDING, "kr", second, t0.plusSeconds(60));
        Cached<List<CachedPost>> cached = posts.listing(FeedKind.TRENDING, "kr", 10).orElseThrow();
        assertThat(cached.value()).isEqualTo(second);
        assertThat(cached.fetchedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(posts.post(AccountName.of("bob"), Permlink.of("b"))).isPresent();

        posts.putActiveVotes(AccountName.of("bob"), Permlink.of("b"), "[]", t0);
        assertThat(posts.activeVotes(AccountName.of("bob"), Permlink.of("b")).orElseThrow().value()).isEqualTo("[]");
    }

    @Test
    void historyKnowsWhereToResumeAndIgnoresOverlaps() {
        HistoryCache history = new HistoryCache(db);
        assertThat(history.lastIndex(alice)).isEmpty();
        history.store(alice, List.of(entry(0, "account_create"), entry(1, "transfer"), entry(2, "curation_reward")));
        history.store(alice, List.of(entry(2, "curation_reward"), entry(3, "vote")));
        assertThat(history.lastIndex(alice)).isEqualTo(OptionalLong.of(3));
        assertThat(history.newest(alice, 2)).extracting(HistoryEntry::index).containsExactly(3L, 2L);
        assertThat(history.newest(alice, List.of("curation_reward", "transfer"), 10))
                .extracting(HistoryEntry::opName).containsExactly("curation_reward", "transfer");
    }

    @Test
    void settingsAndNodeHealth() {
        SettingsStore settings = new SettingsStore(db);
        settings.put("language", "ko");
        assertThat(settings.get("language")).contains("ko");
        settings.remove("language");
        assertThat(settings.get("language")).isEmpty();

        NodeHealthStore nodes = new NodeHealthStore(db);
        nodes.recordSuccess("https://api.steemit.com", t0, 120, 66379828, java.time.Duration.ofSeconds(2));
        nodes.recordFailure("https://bad.example", t0, "timeout");
        nodes.recordFailure("https://bad.example", t0.plusSeconds(5), "reset");
        assertThat(nodes.all()).extracting(NodeCheckResult::url)
                .containsExactly("https://api.steemit.com", "https://bad.example");
        NodeCheckResult bad = nodes.get("https://bad.example").orElseThrow();
        assertThat(bad.consecutiveFailures()).isEqualTo(2);
        assertThat(bad.lastError()).contains("reset");
        assertThat(bad.reachable()).isFalse();
        assertThat(bad.headLag()).isEmpty();
        assertThat(nodes.get("https://api.steemit.com").orElseThrow().headLag()).contains(java.time.Duration.ofSeconds(2));
    }

    private HistoryEntry entry(long index, String op) {
        return new HistoryEntry(index, op, t0.plusSeconds(index), "[" + index + ",{}]");
    }

    private static CachedPost post(String author, String permlink) {
        return new CachedPost(AccountName.of(author), Permlink.of(permlink),
                "{\"author\":\"" + author + "\",\"permlink\":\"" + permlink + "\"}");
    }
}
