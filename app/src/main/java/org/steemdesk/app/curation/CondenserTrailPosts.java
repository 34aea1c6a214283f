package org.steemdesk.app.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.chain.rpc.AllNodesFailedException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.chain.rpc.model.DiscussionQuery;

/**
 * Trail posts from a node: {@code get_discussions_by_blog} for an author (reblogs dropped: the trail follows what
 * the author wrote), {@code get_discussions_by_created} for a tag, and for a curator their latest votes from
 * {@code get_account_history} with {@code get_content} for each post not decided yet.
 */
public record CondenserTrailPosts(CondenserApi api) implements TrailPostSource {

    /** One page is plenty: the trail runs every minute and only looks at posts newer than its last run. */
    static final int PAGE = 20;
    /** A curator's latest operations looked at per run; votes among them are what the trail follows. */
    static final int HISTORY = 100;

    @Override
    public List<TrailPost> newestPosts(TrailEntry entry, Decided decided) throws NodeUnreachableException {
        DiscussionQuery query = DiscussionQuery.first(entry.name(), PAGE);
        List<Discussion> found;
        try {
            if (entry.source() == TrailSource.CURATOR) {
                return curatorVotes(entry, decided);
            }
            found = entry.source() == TrailSource.AUTHOR ? api.getDiscussionsByBlog(query).send()
                    : api.getDiscussionsByCreated(query).send();
        } catch (AllNodesFailedException e) {
            throw new NodeUnreachableException("no node answered for the posts of " + entry.name(), e);
        }
        return found.stream()
                .filter(d -> !d.isPlaceholder())
                .filter(d -> entry.source() != TrailSource.AUTHOR || d.author().equals(entry.name()))
                .map(TrailPost::of)
                .toList();
    }

    /** The curator's upvotes since the entry was added, newest first, each post looked up once. */
    private List<TrailPost> curatorVotes(TrailEntry entry, Decided decided) {
        AccountName curator = AccountName.of(entry.name());
        List<AccountHistoryEntry> history = api.getAccountHistory(curator, -1, HISTORY - 1).send();
        List<TrailPost> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            AccountHistoryEntry h = history.get(i);
            JsonNode vote = h.opBody();
            if (!h.opName().equals("vote") || !curator.value().equals(vote.path("voter").asText())
                    || vote.path("weight").asInt() <= 0 || !h.timestamp().isAfter(entry.addedAt())) {
                continue;
            }
            AccountName author = AccountName.of(vote.path("author").asText());
            Permlink permlink = Permlink.of(vote.path("permlink").asText());
            if (!seen.add(author + "/" + permlink) || decided.test(author, permlink)) {
                continue;
            }
            api.getContent(author, permlink).send().filter(d -> !d.isPlaceholder()).ifPresent(d -> out.add(
                    TrailPost.of(d).withLeaderVote(new TrailPost.LeaderVote(curator, vote.path("weight").asInt(),
                            h.timestamp()))));
        }
        return out;
    }
}
