package org.steemdesk.app.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;

/**
 * What was known about a vote when it was sent: its estimated value (payout change, SBD), the curation reward it was
 * expected to earn (STEEM) and its post's creation time, kept so the curation reward it later earns can be set
 * against them.
 */
public record VoteRecord(long intentId, Optional<Asset> estimatedValue, Optional<Instant> postCreated,
                         Instant votedAt, Optional<Asset> expectedCuration) {
    public VoteRecord {
        Objects.requireNonNull(estimatedValue, "estimatedValue");
        Objects.requireNonNull(postCreated, "postCreated");
        Objects.requireNonNull(votedAt, "votedAt");
        Objects.requireNonNull(expectedCuration, "expectedCuration");
    }

    /** A record from before the expected curation reward was kept. */
    public VoteRecord(long intentId, Optional<Asset> estimatedValue, Optional<Instant> postCreated, Instant votedAt) {
        this(intentId, estimatedValue, postCreated, votedAt, Optional.empty());
    }

    /** How old the post was when the vote went. */
    public Optional<Duration> postAge() {
        return postCreated.map(created -> Duration.between(created, votedAt));
    }
}
