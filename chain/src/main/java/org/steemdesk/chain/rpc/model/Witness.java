package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;

/**
 * A witness ({@code get_witness_by_account}, {@code get_witnesses_by_vote}). steemd sends the whole witness object;
 * leaner nodes (the project's fake node) only {@code owner, url, votes, running_version}, so everything else is
 * optional or zero.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Witness(
        String owner,
        String url,
        /** The approval behind this witness in raw VESTS units (10⁻⁶ VESTS): direct votes plus proxied ones. */
        long votes,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> created,
        long totalMissed,
        long lastConfirmedBlockNum,
        @JsonDeserialize(using = OptionalJson.class) Optional<PublicKey> signingKey,
        /** The witness's SBD price feed, {@code base} SBD per {@code quote} STEEM. */
        @JsonDeserialize(using = OptionalJson.class) Optional<Price> sbdExchangeRate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastSbdExchangeUpdate,
        String runningVersion,
        String hardforkVersionVote) {

    public Witness {
        Objects.requireNonNull(owner, "owner");
        url = Objects.requireNonNullElse(url, "");
        created = Objects.requireNonNullElse(created, Optional.empty());
        signingKey = Objects.requireNonNullElse(signingKey, Optional.empty());
        sbdExchangeRate = Objects.requireNonNullElse(sbdExchangeRate, Optional.empty());
        lastSbdExchangeUpdate = Objects.requireNonNullElse(lastSbdExchangeUpdate, Optional.empty());
        runningVersion = Objects.requireNonNullElse(runningVersion, "");
        hardforkVersionVote = Objects.requireNonNullElse(hardforkVersionVote, "");
    }

    /** A witness that set the null signing key has shut down: it produces no blocks, votes for it are idle. */
    public boolean isDisabled() {
        return signingKey.map(PublicKey::isNullKey).orElse(false);
    }
}
