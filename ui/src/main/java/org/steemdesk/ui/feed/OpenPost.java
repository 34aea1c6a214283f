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
 * The post view publishes the votes it last loaded; {@link #refresh()} asks it to load the post again (after a vote
 * of its own, so the voters and payout are the chain's).
 */
public final class OpenPost {
    private final ObjectProperty<Discussion> post = new SimpleObjectProperty<>(this, "post");
    private final ObjectProperty<List<ActiveVote>> votes = new SimpleObjectProperty<>(this, "votes", List.of());
    private final IntegerProperty refreshes = new SimpleIntegerProperty(this, "refreshes");

    public ObjectProperty<Discussion> postProperty() {
        return post;
    }

    /** The open post's votes as last loaded (the listing's copy first, then the node's). */
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
}
