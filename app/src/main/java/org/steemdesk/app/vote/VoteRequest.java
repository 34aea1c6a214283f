package org.steemdesk.app.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * What the user asked for: a vote with a weight in basis points (-10000..10000, 0 removes a vote), optionally
 * not before an absolute time, or when the post reaches an age in chain time, and optionally only while the
 * voting mana is at least a floor (basis points).
 */
public record VoteRequest(AccountName account, AccountName author, Permlink permlink, int weight,
                          Optional<Instant> notBefore, Optional<Duration> atAge, OptionalInt minManaBasisPoints) {

    public static final int MAX_WEIGHT = 10_000;

    public VoteRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(atAge, "atAge");
        Objects.requireNonNull(minManaBasisPoints, "minManaBasisPoints");
        if (weight < -MAX_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("vote weight must be between -100% and 100% (-10000..10000 basis "
                    + "points), got " + weight);
        }
        if (notBefore.isPresent() && atAge.isPresent()) {
            throw new IllegalArgumentException("a vote is scheduled either at a time or at a post age, not both");
        }
        if (atAge.isPresent() && (atAge.get().isNegative() || atAge.get().toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException("post age must be a non-negative whole number of seconds, got "
                    + atAge.get());
        }
        if (minManaBasisPoints.isPresent()
                && (minManaBasisPoints.getAsInt() < 0 || minManaBasisPoints.getAsInt() > MAX_WEIGHT)) {
            throw new IllegalArgumentException("minimum mana must be between 0% and 100%, got "
                    + minManaBasisPoints.getAsInt() + " basis points");
        }
    }

    /** A vote to send as soon as possible. */
    public static VoteRequest now(AccountName account, AccountName author, Permlink permlink, int weight) {
        return new VoteRequest(account, author, permlink, weight, Optional.empty(), Optional.empty(),
                OptionalInt.empty());
    }

    public VoteRequest withNotBefore(Instant time) {
        return new VoteRequest(account, author, permlink, weight, Optional.of(time), Optional.empty(),
                minManaBasisPoints);
    }

    public VoteRequest withAtAge(Duration age) {
        return new VoteRequest(account, author, permlink, weight, Optional.empty(), Optional.of(age),
                minManaBasisPoints);
    }

    public VoteRequest withMinMana(int basisPoints) {
        return new VoteRequest(account, author, permlink, weight, notBefore, atAge, OptionalInt.of(basisPoints));
    }
}
