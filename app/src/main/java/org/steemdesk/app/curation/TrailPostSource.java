package org.steemdesk.app.curation;

import java.util.List;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * The newest posts a trail entry covers, newest first: the author's blog, the tag's newest posts, or the posts a
 * curator voted on (each with that vote). {@code decided} tells posts the trail has decided on for good, which a
 * source may leave out without looking them up.
 */
@FunctionalInterface
public interface TrailPostSource {
    List<TrailPost> newestPosts(TrailEntry entry, Decided decided) throws NodeUnreachableException;

    /** Whether the trail decided on a post in an earlier run. */
    @FunctionalInterface
    interface Decided {
        boolean test(AccountName author, Permlink permlink);
    }
}
