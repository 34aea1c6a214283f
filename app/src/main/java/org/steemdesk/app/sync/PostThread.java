package org.steemdesk.app.sync;

import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.rpc.model.ActiveVote;
import org.steemdesk.chain.rpc.model.Discussion;

/** A post with its active votes and its direct replies (oldest first). */
public record PostThread(Discussion post, List<ActiveVote> votes, List<Discussion> replies) {
    public PostThread {
        Objects.requireNonNull(post, "post");
        votes = List.copyOf(votes);
        replies = List.copyOf(replies);
    }
}
