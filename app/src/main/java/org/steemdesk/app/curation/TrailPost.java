package org.steemdesk.app.curation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;

/**
 * What the trail needs to know about a candidate post: who wrote it, when, until when it takes votes
 * ({@code cashout_time}, empty once paid out), whether it is a root post and who has voted on it.
 */
public record TrailPost(AccountName author, Permlink permlink, Instant created, Optional<Instant> cashoutTime,
                        boolean rootPost, Set<AccountName> voters) {

    public TrailPost {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cashoutTime, "cashoutTime");
        voters = Set.copyOf(voters);
    }

    public static TrailPost of(Discussion d) {
        return new TrailPost(AccountName.of(d.author()), Permlink.of(d.permlink()), d.created(), d.cashoutTime(),
                d.isRootPost(), d.activeVotes().stream().map(v -> AccountName.of(v.voter()))
                        .collect(Collectors.toSet()));
    }

    /** Votes count only before {@code cashout_time}. */
    public boolean takesVotesAt(Instant now) {
        return cashoutTime.map(now::isBefore).orElse(false);
    }
}
