package org.steemdesk.app.curation;

import java.util.List;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;

/**
 * Trail posts from a node: {@code get_discussions_by_blog} for an author (reblogs dropped: the trail follows what
 * the author wrote) and {@code get_discussions_by_created} for a tag.
 */
public final class CondenserTrailPosts implements TrailPostSource {

    /** One page is plenty: the trail runs every few minutes and only looks at posts newer than its last run. */
    static final int PAGE = 20;

    private final CondenserApi api;

    public CondenserTrailPosts(CondenserApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public List<TrailPost> newestPosts(TrailEntry entry) throws NodeUnreachableException {
        DiscussionQuery query = DiscussionQuery.first(entry.name(), PAGE);
        List<Discussion> found;
        try {
            found = switch (entry.source()) {
                case AUTHOR -> api.getDiscussionsByBlog(query).send();
                case TAG -> api.getDiscussionsByCreated(query).send();
            };
        } catch (AllNodesFailedException e) {
            throw new NodeUnreachableException("no node answered for the posts of " + entry.name(), e);
        }
        return found.stream()
                .filter(d -> !d.isPlaceholder())
                .filter(d -> entry.source() != TrailSource.AUTHOR || d.author().equals(entry.name()))
                .map(TrailPost::of)
                .toList();
    }
}
