package org.steemdesk.ui.feed;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * The post opened from the feed (null: the feed itself shows); shared by the feed, the post view and its vote panel.
 * The vote panel votes on the {@linkplain #targetProperty() target}: the post when it opens, or one of its comments
 * chosen in the post view. The post view publishes the target's votes as it last loaded them; {@link #refresh()} asks
 * it to load the post again (after a vote of the panel's own, so the voters and payouts are the chain's).
 */
public final class OpenPost {
    private final ObjectProperty<Discussion> post = new SimpleObjectProperty<>(this, "post");
    private final ObjectProperty<Discussion> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<Discussion> loaded = new SimpleObjectProperty<>(this, "loaded");
    private final ObjectProperty<List<ActiveVote>> votes = new SimpleObjectProperty<>(this, "votes", List.of());
    private final IntegerProperty refreshes = new SimpleIntegerProperty(this, "refreshes");

    public OpenPost() {
        // Registered first, so every other listener of the post already sees the new post as the target.
        post.addListener((obs, old, now) -> target.set(now));
    }

    public ObjectProperty<Discussion> postProperty() {
        return post;
    }

    /** What the vote panel votes on: the open post, or one of its comments; null while no post is open. */
    public ObjectProperty<Discussion> targetProperty() {
        return target;
    }

    /** Whether the target is a comment of the open post rather than the post itself. */
    public boolean targetIsComment() {
        Discussion now = target.get();
        return now != null && post.get() != null && !same(now, post.get());
    }

    /** The open post as the post view last loaded it from the node or the cache (fresh votes and payout). */
    public ObjectProperty<Discussion> loadedProperty() {
        return loaded;
    }

    /** The target's votes as last loaded (the listing's copy first, then the node's). */
    public ObjectProperty<List<ActiveVote>> votesProperty() {
        return votes;
    }

    /** Counts the requests to load the open post again. */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes;
    }

    public void refresh() {
        refreshes.set(refreshes.get() + 1);
    }

    /** The same post or comment (a fresh copy of it counts as the same). */
    static boolean same(Discussion a, Discussion b) {
        return a == b || a != null && b != null && a.author().equals(b.author()) && a.permlink().equals(b.permlink());
    }
}
