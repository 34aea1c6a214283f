package org.steemdesk.app.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * What the trail needs to know about a candidate post: who wrote it, when, until when it takes votes
 * ({@code cashout_time}, empty once paid out), whether it is a root post, who has voted on it, its tags and pending
 * payout, and — for a curator's trail — the curator's vote that brought it.
 */
public record TrailPost(AccountName author, Permlink permlink, Instant created, Optional<Instant> cashoutTime,
                        boolean rootPost, Set<AccountName> voters, Set<String> tags, Optional<Asset> pendingPayout,
                        Optional<LeaderVote> leaderVote) {

    /** A curator's vote: its weight in basis points and its time (chain time). */
    public record LeaderVote(AccountName curator, int weight, Instant at) {
        public LeaderVote {
            Objects.requireNonNull(curator, "curator");
            Objects.requireNonNull(at, "at");
        }
    }

    public TrailPost {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cashoutTime, "cashoutTime");
        voters = Set.copyOf(voters);
        tags = Set.copyOf(tags);
        Objects.requireNonNull(pendingPayout, "pendingPayout");
        Objects.requireNonNull(leaderVote, "leaderVote");
    }

    /** A post known only by its timing and voters (no tags or payout). */
    public TrailPost(AccountName author, Permlink permlink, Instant created, Optional<Instant> cashoutTime,
                     boolean rootPost, Set<AccountName> voters) {
        this(author, permlink, created, cashoutTime, rootPost, voters, Set.of(), Optional.empty(), Optional.empty());
    }

    public static TrailPost of(Discussion d) {
        return new TrailPost(AccountName.of(d.author()), Permlink.of(d.permlink()), d.created(), d.cashoutTime(),
                d.isRootPost(), d.activeVotes().stream().map(v -> AccountName.of(v.voter()))
                        .collect(Collectors.toSet()), tags(d), Optional.of(d.pendingPayoutValue()), Optional.empty());
    }

    public TrailPost withLeaderVote(LeaderVote vote) {
        return new TrailPost(author, permlink, created, cashoutTime, rootPost, voters, tags, pendingPayout,
                Optional.of(vote));
    }

    /** Votes count only before {@code cashout_time}. */
    public boolean takesVotesAt(Instant now) {
        return cashoutTime.map(now::isBefore).orElse(false);
    }

    /** The category and the {@code tags} of the author's json_metadata; a metadata that is no JSON gives none. */
    private static Set<String> tags(Discussion d) {
        Set<String> tags = new HashSet<>();
        if (d.category() != null && !d.category().isBlank()) {
            tags.add(d.category());
        }
        try {
            JsonNode meta = SteemJson.mapper().readTree(d.jsonMetadata().isBlank() ? "{}" : d.jsonMetadata());
            meta.path("tags").forEach(t -> {
                if (t.isTextual()) {
                    tags.add(t.asText());
                }
            });
        } catch (JsonProcessingException malformed) {
            // Authors' apps write what they like there; the category is still known.
        }
        return tags;
    }
}
