package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One vote on a post. steemd sends {@code weight} and {@code time}; hivemind sends neither (they read as 0 / empty)
 * and quotes {@code percent}. {@code percent} is in basis points of 100 % (10000); negative is a downvote.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActiveVote(
        String voter,
        long weight,
        long rshares,
        int percent,
        long reputation,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> time) {

    public ActiveVote {
        Objects.requireNonNull(voter, "voter");
        time = Objects.requireNonNullElse(time, Optional.empty());
    }
}
