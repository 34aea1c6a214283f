package org.steemdesk.chain.rpc;

import java.util.Locale;

/** Which follow relations {@code get_following} lists: followed blogs or muted accounts. */
public enum FollowKind {
    BLOG, IGNORE;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
