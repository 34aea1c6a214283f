package org.steemdesk.chain.rpc.model;

import java.util.List;
import java.util.Objects;

/** One follow relation ({@code get_following}, {@code get_followers}): {@code what} is {@code ["blog"]} or {@code ["ignore"]}. */
public record Follow(String follower, String following, List<String> what) {
    public Follow {
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(following, "following");
        what = what == null ? List.of() : List.copyOf(what);
    }
}
