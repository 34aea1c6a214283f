package org.steemdesk.app.node;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.ChainClock;
import org.steemdesk.app.vote.PostLookup;
import org.steemdesk.app.vote.PostTiming;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * Post timing from {@code get_content}, with the head-block time read right after it as the chain's "now" — from a
 * node whose clock passed the check ({@link NodeReader#trustedHead()}), so a node that lies about the time cannot
 * make a vote fail for good: the vote stays queued until a node passes and is decided again then.
 *
 * @param chainClock told by each head block read where the chain's blocks fall on {@code clock}
 */
public record NodePostLookup(NodeReader reader, Optional<ChainClock> chainClock, Clock clock) implements PostLookup {
    public NodePostLookup(NodeReader reader) {
        this(reader, Optional.empty(), Clock.systemUTC());
    }

    @Override
    public Optional<PostTiming> timing(AccountName author, Permlink permlink) throws NodeUnreachableException {
        Optional<Discussion> post = reader.send(reader.api().getContent(author, permlink));
        if (post.isEmpty()) {
            return Optional.empty();
        }
        Instant sent = clock.instant();
        Instant chainTime = reader.trustedHead().properties().time();
        chainClock.ifPresent(c -> c.observe(chainTime, sent, clock.instant()));
        return Optional.of(new PostTiming(post.get().created(), post.get().cashoutTime().orElse(PostTiming.PAID_OUT),
                chainTime));
    }
}
