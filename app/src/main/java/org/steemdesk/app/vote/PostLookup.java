package org.steemdesk.app.vote;

import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** Looks up a post's timing ({@code get_content}); empty when the post does not exist (author "" in the reply). */
@FunctionalInterface
public interface PostLookup {
    Optional<PostTiming> timing(AccountName author, Permlink permlink) throws NodeUnreachableException;
}
