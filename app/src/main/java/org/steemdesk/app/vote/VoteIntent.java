package org.steemdesk.app.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * A recorded vote and where it stands. {@code notBefore} is set either by the user or, for an at-age vote, once
 * the post's creation time is known; an at-age vote without it is waiting for that. A node's refusal is kept as
 * its kind ({@code nodeErrorKind}, what decisions read) and its text ({@code nodeMessage}, for people).
 */
public record VoteIntent(long id, AccountName account, AccountName author, Permlink permlink, int weight,
                         Instant createdAt, Optional<Instant> notBefore, Optional<Duration> atAge,
                         OptionalInt minManaBasisPoints, VoteState state, Optional<Instant> nextAttemptAt,
                         OptionalLong outboxId, Optional<String> txId, Optional<VoteFailure> reason,
                         Optional<String> nodeMessage, Optional<NodeErrorKind> nodeErrorKind, Instant updatedAt) {

    public VoteIntent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(atAge, "atAge");
        Objects.requireNonNull(minManaBasisPoints, "minManaBasisPoints");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(outboxId, "outboxId");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nodeMessage, "nodeMessage");
        Objects.requireNonNull(nodeErrorKind, "nodeErrorKind");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** True for an at-age vote whose post creation time has not been looked up yet. */
    public boolean awaitsPostTime() {
        return atAge.isPresent() && notBefore.isEmpty();
    }

    /** When it may go, if known: the later of the schedule and the retry time. */
    public Optional<Instant> dueAt() {
        if (awaitsPostTime()) {
            return Optional.empty();
        }
        Instant due = notBefore.orElse(createdAt);
        if (nextAttemptAt.isPresent() && nextAttemptAt.get().isAfter(due)) {
            due = nextAttemptAt.get();
        }
        return Optional.of(due);
    }
}
