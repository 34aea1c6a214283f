package org.steemdesk.app.node;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.PostLookup;
import org.steemdesk.app.vote.PostTiming;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * Post timing from {@code get_content}, with the head-block time read right after it as the chain's "now" — from a
 * node whose clock passed the check ({@link NodeReader#trustedHead()}), so a node that lies about the time cannot
 * make a vote fail for good: the vote stays queued until a node passes and is decided again then.
 */
public final class NodePostLookup implements PostLookup {
    /** condenser's {@code time_point_sec::maximum()}: the post has been paid out. */
    static final Instant PAID_OUT = Instant.parse("1969-12-31T23:59:59Z");

    private final NodeReader reader;

    public NodePostLookup(NodeReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Optional<PostTiming> timing(AccountName author, Permlink permlink) throws NodeUnreachableException {
        Optional<Discussion> post = reader.send(reader.api().getContent(author, permlink));
        if (post.isEmpty()) {
            return Optional.empty();
        }
        Instant chainTime = reader.trustedHead().properties().time();
        return Optional.of(new PostTiming(post.get().created(), post.get().cashoutTime().orElse(PAID_OUT), chainTime));
    }
}
