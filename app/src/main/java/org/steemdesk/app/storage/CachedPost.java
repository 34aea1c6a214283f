package org.steemdesk.app.storage;

import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** A post as the node returned it, identified by author and permlink. */
public record CachedPost(AccountName author, Permlink permlink, String json) {
    public CachedPost {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(json, "json");
    }
}
