package org.steemdesk.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.Cached;
import org.steemdesk.app.storage.CachedPost;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.ActiveVote;

/** One post with its active votes and replies, cache first ({@code get_content}, {@code get_active_votes}, {@code get_content_replies}). */
public record PostSync(NodeReader reader, PostCache posts, Clock clock) {

    public Optional<Synced<PostThread>> cached(AccountName author, Permlink permlink) {
        Optional<Cached<CachedPost>> post = posts.post(author, permlink);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        List<ActiveVote> votes = posts.activeVotes(author, permlink).map(c -> votes(c.value()))
                .orElseGet(() -> json().discussion(post.get().value()).activeVotes());
        PostThread thread = new PostThread(json().discussion(post.get().value()), votes,
                json().discussions(posts.replies(author, permlink)));
        return Optional.of(new Synced<>(thread, post.get().fetchedAt(), false));
    }

    /**
     * From the node (and stored), or the cached thread marked offline. Empty when the chain has no such post.
     *
     * @throws NothingCachedException offline with nothing cached
     */
    public Optional<Synced<PostThread>> load(AccountName author, Permlink permlink) throws NothingCachedException {
        try {
            JsonNode content = reader.raw("condenser_api.get_content", List.of(author.value(), permlink.value()));
            Optional<CachedPost> post = json().row(content);
            if (post.isEmpty()) {
                return Optional.empty();
            }
            JsonNode votes = reader.raw("condenser_api.get_active_votes", List.of(author.value(), permlink.value()));
            JsonNode replies = reader.raw("condenser_api.get_content_replies",
                    List.of(author.value(), permlink.value()));
            Instant now = clock.instant();
            posts.putPost(post.get(), now);
            posts.putActiveVotes(author, permlink, votes.toString(), now);
            posts.putReplies(json().rows(replies), now);
            return Optional.of(new Synced<>(new PostThread(json().discussion(post.get()), votes(votes.toString()),
                    json().discussions(json().rows(replies))), now, false));
        } catch (NodeUnreachableException e) {
            return Optional.of(cached(author, permlink).map(c -> new Synced<>(c.value(), c.fetchedAt(), true))
                    .orElseThrow(() -> new NothingCachedException(NothingCachedException.Subject.POST,
                            author + "/" + permlink, e)));
        }
    }

    private List<ActiveVote> votes(String jsonArray) {
        try {
            return Arrays.asList(reader.mapper().readValue(jsonArray, ActiveVote[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cache.db holds active votes that no longer parse", e);
        }
    }

    private PostJson json() {
        return new PostJson(reader.mapper());
    }
}
