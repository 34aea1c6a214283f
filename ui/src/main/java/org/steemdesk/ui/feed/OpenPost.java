package org.steemdesk.ui.feed;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.steemdesk.chain.rpc.model.Discussion;

/** The post opened from the feed (null: the feed itself shows); shared by the feed and the post view. */
public final class OpenPost {
    private final ObjectProperty<Discussion> post = new SimpleObjectProperty<>(this, "post");

    public ObjectProperty<Discussion> postProperty() {
        return post;
    }
}
