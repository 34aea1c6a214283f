package org.steemdesk.app.storage;

import org.steemdesk.app.sync.FeedKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** Posts, feed listings in the node's order, and each post's active votes. */
public final class PostCache {

    private static final String UPSERT_POST =
            "INSERT OR REPLACE INTO posts (author, permlink, json, fetched_at) VALUES (?, ?, ?, ?)";

    private final CacheDatabase db;
    private final JsonBlobTable activeVotes;

    public PostCache(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
        this.activeVotes = new JsonBlobTable(db, "active_votes", List.of("author", "permlink"));
    }

    public void putPost(CachedPost post, Instant fetchedAt) {
        db.write(c -> {
            upsertPosts(c, List.of(post), fetchedAt);
            return null;
        });
    }

    public Optional<Cached<CachedPost>> post(AccountName author, Permlink permlink) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT json, fetched_at FROM posts WHERE author = ? AND permlink = ?")) {
                p.setString(1, author.value());
                p.setString(2, permlink.value());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Cached<>(new CachedPost(author, permlink, rs.getString(1)),
                                    Instant.ofEpochMilli(rs.getLong(2))))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Replaces a listing with {@code posts} in the given order (and stores the posts themselves), atomically: a
     * reader sees either the old listing or the new one. An empty tag means the listing without a tag.
     */
    public void putListing(FeedKind kind, String tag, List<CachedPost> posts, Instant fetchedAt) {
        Objects.requireNonNull(tag, "tag (use \"\" for none)");
        db.write(c -> {
            upsertPosts(c, posts, fetchedAt);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM feed_entries WHERE kind = ? AND tag = ?")) {
                del.setString(1, kind.name());
                del.setString(2, tag);
                del.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR REPLACE INTO feed_listings (kind, tag, fetched_at) VALUES (?, ?, ?)")) {
                p.setString(1, kind.name());
                p.setString(2, tag);
                p.setLong(3, fetchedAt.toEpochMilli());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO feed_entries (kind, tag, position, author, permlink) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < posts.size(); i++) {
                    p.setString(1, kind.name());
                    p.setString(2, tag);
                    p.setInt(3, i);
                    p.setString(4, posts.get(i).author().value());
                    p.setString(5, posts.get(i).permlink().value());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** The cached listing in its stored order, at most {@code limit} posts, with the listing's fetch time. */
    public Optional<Cached<List<CachedPost>>> listing(FeedKind kind, String tag, int limit) {
        Objects.requireNonNull(tag, "tag (use \"\" for none)");
        return db.read(c -> {
            Instant fetchedAt;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT fetched_at FROM feed_listings WHERE kind = ? AND tag = ?")) {
                p.setString(1, kind.name());
                p.setString(2, tag);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    fetchedAt = Instant.ofEpochMilli(rs.getLong(1));
                }
            }
            List<CachedPost> posts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT e.author, e.permlink, p.json FROM feed_entries e
                    JOIN posts p ON p.author = e.author AND p.permlink = e.permlink
                    WHERE e.kind = ? AND e.tag = ? ORDER BY e.position LIMIT ?""")) {
                p.setString(1, kind.name());
                p.setString(2, tag);
                p.setInt(3, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        posts.add(new CachedPost(AccountName.of(rs.getString(1)), Permlink.of(rs.getString(2)),
                                rs.getString(3)));
                    }
                }
            }
            return Optional.of(new Cached<>(List.copyOf(posts), fetchedAt));
        });
    }

    public void putActiveVotes(AccountName author, Permlink permlink, String jsonArray, Instant fetchedAt) {
        activeVotes.put(List.of(author.value(), permlink.value()), jsonArray, fetchedAt);
    }

    public Optional<Cached<String>> activeVotes(AccountName author, Permlink permlink) {
        return activeVotes.get(List.of(author.value(), permlink.value()));
    }

    /**
     * Stores a post's direct replies (they are posts too). Replies are found again by the parent named in their own
     * JSON, so a reply fetched in any other way shows up as well.
     */
    public void putReplies(List<CachedPost> replies, Instant fetchedAt) {
        db.write(c -> {
            upsertPosts(c, replies, fetchedAt);
            return null;
        });
    }

    /** The cached direct replies of a post, oldest first. */
    public List<CachedPost> replies(AccountName author, Permlink permlink) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT author, permlink, json FROM posts
                    WHERE json_extract(json, '$.parent_author') = ? AND json_extract(json, '$.parent_permlink') = ?
                    ORDER BY json_extract(json, '$.created'), author, permlink""")) {
                p.setString(1, author.value());
                p.setString(2, permlink.value());
                List<CachedPost> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CachedPost(AccountName.of(rs.getString(1)), Permlink.of(rs.getString(2)),
                                rs.getString(3)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    private static void upsertPosts(Connection c, List<CachedPost> posts, Instant fetchedAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPSERT_POST)) {
            for (CachedPost post : posts) {
                p.setString(1, post.author().value());
                p.setString(2, post.permlink().value());
                p.setString(3, post.json());
                p.setLong(4, fetchedAt.toEpochMilli());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
