package org.steemdesk.app.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;

/**
 * What one vote earned: the curation reward (VESTS) paid for {@code author/permlink}, and — where Steemdesk sent
 * the vote and recorded it — when it went, the post's age then and the value estimated at that moment.
 */
public record VoteReturn(String author, String permlink, Instant paidAt, Asset curationVests,
                         Optional<Instant> votedAt, Optional<Duration> postAgeAtVote, Optional<Asset> estimatedValue) {
    public VoteReturn {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(curationVests, "curationVests");
        Objects.requireNonNull(votedAt, "votedAt");
        Objects.requireNonNull(postAgeAtVote, "postAgeAtVote");
        Objects.requireNonNull(estimatedValue, "estimatedValue");
    }

    public Asset curationSp(VestingPrice price) {
        return price.toSteem(curationVests);
    }
}
