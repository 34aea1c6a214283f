package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** How many accounts follow {@code account} and how many it follows ({@code get_follow_count}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FollowCount(String account, int followerCount, int followingCount) {
    public FollowCount {
        Objects.requireNonNull(account, "account");
    }
}
