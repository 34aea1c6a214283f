package org.steemdesk.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.CachedPost;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;

/**
 * Discussion listings ({@code get_discussions_by_trending|hot|created|feed|blog}), cache first and in the node's
 * order. Listings longer than a node page are fetched page by page. For feed and blog the tag is the account.
 * The reader is asked only when the node is: the cached listing comes without it, so a desktop's first rows do not
 * wait for the node pool's HTTP client (its TLS set-up reads the JDK's trust store); the mapper is the reader's.
 */
public record FeedSync(Supplier<NodeReader> reader, ObjectMapper mapper, PostCache posts, Clock clock) {

    public FeedSync(NodeReader reader, PostCache posts, Clock clock) {
        this(() -> reader, reader.mapper(), posts, clock);
    }

    public Optional<Synced<List<Discussion>>> cached(FeedKind kind, String tag, int limit) {
        return posts.listing(kind, tag, limit)
                .map(c -> new Synced<>(json().discussions(c.value()), c.fetchedAt(), false));
    }

    /** From the node (replacing the cached listing), or the cached listing marked offline. */
    public Synced<List<Discussion>> load(FeedKind kind, String tag, int limit) throws NothingCachedException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        try {
            List<CachedPost> rows = fetch(kind, tag, limit);
            Instant now = clock.instant();
            posts.putListing(kind, tag, rows, now);
            return new Synced<>(json().discussions(rows), now, false);
        } catch (NodeUnreachableException e) {
            return cached(kind, tag, limit).map(c -> new Synced<>(c.value(), c.fetchedAt(), true))
                    .orElseThrow(() -> new NothingCachedException(NothingCachedException.Subject.FEED,
                            kind.name().toLowerCase(Locale.ROOT), tag, e));
        }
    }

    /**
     * Stores a listing page as a node sent it ({@code listing}: the JSON array of posts), replacing the cached listing
     * just as {@link #load} does with the node's answer. For the package's class-cache training, which must start the
     * desktop on cached rows without any node.
     */
    public void store(FeedKind kind, String tag, JsonNode listing) {
        posts.putListing(kind, tag, json().rows(listing), clock.instant());
    }

    /**
     * The page after the post {@code afterAuthor/afterPermlink} (a listing's last row): at most {@code limit} posts
     * from the node, without that post (steemd starts a page with it); offline, the cached listing's posts after it,
     * marked offline. The cached listing (the first page, shown first next time) stays as it is.
     *
     * @throws NothingCachedException offline, and the cached listing has nothing after that post
     */
    public Synced<List<Discussion>> next(FeedKind kind, String tag, String afterAuthor, String afterPermlink,
                                         int limit) throws NothingCachedException {
        if (limit < 1 || limit >= DiscussionQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + (DiscussionQuery.MAX_LIMIT - 1) + ", got " + limit);
        }
        String method = "condenser_api.get_discussions_by_" + kind.name().toLowerCase(Locale.ROOT);
        try {
            JsonNode page = reader.get().raw(method, List.of(new DiscussionQuery(tag, limit + 1, afterAuthor, afterPermlink)));
            List<Discussion> got = json().discussions(json().rows(page)).stream()
                    .filter(d -> !(d.author().equals(afterAuthor) && d.permlink().equals(afterPermlink)))
                    .limit(limit).toList();
            return new Synced<>(got, clock.instant(), false);
        } catch (NodeUnreachableException e) {
            Optional<Synced<List<Discussion>>> cached = cached(kind, tag, Integer.MAX_VALUE);
            List<Discussion> listing = cached.map(Synced::value).orElse(List.of());
            for (int i = 0; i < listing.size() - 1; i++) {
                Discussion d = listing.get(i);
                if (d.author().equals(afterAuthor) && d.permlink().equals(afterPermlink)) {
                    List<Discussion> after = listing.subList(i + 1, Math.min(listing.size(), i + 1 + limit));
                    return new Synced<>(List.copyOf(after), cached.get().fetchedAt(), true);
                }
            }
            throw new NothingCachedException(NothingCachedException.Subject.FEED, kind.name().toLowerCase(Locale.ROOT),
                    tag, e);
        }
    }

    private List<CachedPost> fetch(FeedKind kind, String tag, int limit) throws NodeUnreachableException {
        String method = "condenser_api.get_discussions_by_" + kind.name().toLowerCase(Locale.ROOT);
        List<CachedPost> rows = new ArrayList<>();
        DiscussionQuery query = DiscussionQuery.first(tag, Math.min(limit, DiscussionQuery.MAX_LIMIT));
        while (rows.size() < limit) {
            JsonNode page = reader.get().raw(method, List.of(query));
            List<CachedPost> got = json().rows(page);
            // Every page after the first starts with the last post of the one before.
            List<CachedPost> fresh = rows.isEmpty() || got.isEmpty() ? got : got.subList(1, got.size());
            rows.addAll(fresh.subList(0, Math.min(fresh.size(), limit - rows.size())));
            if (got.size() < query.limit() || fresh.isEmpty()) {
                break;
            }
            CachedPost last = rows.get(rows.size() - 1);
            int next = Math.min(DiscussionQuery.MAX_LIMIT, limit - rows.size() + 1);
            query = new DiscussionQuery(tag, next, last.author().value(), last.permlink().value());
        }
        return rows;
    }

    private PostJson json() {
        return new PostJson(mapper);
    }
}
