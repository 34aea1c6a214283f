package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * A post or comment as condenser_api returns it, served by steemd (full comment object) or by hivemind
 * ({@code post_id} instead of {@code id}, many steemd-only fields missing). Fields both backends send are plain;
 * the steemd-only fields that vote arithmetic needs (vote_rshares, total_vote_weight, reward_weight, allow_*) are
 * optional and empty in hivemind's answers, so an estimate can refuse instead of guessing.
 * {@code jsonMetadata} is the raw JSON string the author wrote.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Discussion(
        @JsonAlias("post_id") long id,
        String author,
        String permlink,
        String category,
        String parentAuthor,
        String parentPermlink,
        String title,
        String body,
        String jsonMetadata,
        Instant created,
        Instant lastUpdate,
        int depth,
        int children,
        long netRshares,
        /** Sum of |rshares| of every vote and vote change (steemd only). */
        @JsonDeserialize(using = OptionalJson.class) Optional<Long> absRshares,
        /** Sum of the positive rshares of first votes: the curation curve's argument (steemd only). */
        @JsonDeserialize(using = OptionalJson.class) Optional<Long> voteRshares,
        /** Sum of the undiscounted curation weights; a uint64 in steemd (steemd only). */
        @JsonDeserialize(using = OptionalJson.class) Optional<BigInteger> totalVoteWeight,
        /** Share of the claims the post gets, 10000 since HF17 (steemd only). */
        @JsonDeserialize(using = OptionalJson.class) Optional<Integer> rewardWeight,
        @JsonDeserialize(using = OptionalJson.class) Optional<Boolean> allowVotes,
        @JsonDeserialize(using = OptionalJson.class) Optional<Boolean> allowCurationRewards,
        /** Empty once paid out. */
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> cashoutTime,
        /** Empty before the first payout. */
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastPayout,
        Asset totalPayoutValue,
        Asset curatorPayoutValue,
        Asset pendingPayoutValue,
        /** The most the post may pay (SBD); 0 for a declined payout. */
        @JsonDeserialize(using = OptionalJson.class) Optional<Asset> maxAcceptedPayout,
        int percentSteemDollars,
        String url,
        String rootTitle,
        long authorReputation,
        List<ActiveVote> activeVotes,
        List<PostBeneficiary> beneficiaries) {

    public Discussion {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        category = Objects.requireNonNullElse(category, "");
        parentAuthor = Objects.requireNonNullElse(parentAuthor, "");
        parentPermlink = Objects.requireNonNullElse(parentPermlink, "");
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        jsonMetadata = Objects.requireNonNullElse(jsonMetadata, "");
        url = Objects.requireNonNullElse(url, "");
        rootTitle = Objects.requireNonNullElse(rootTitle, "");
        cashoutTime = Objects.requireNonNullElse(cashoutTime, Optional.empty());
        lastPayout = Objects.requireNonNullElse(lastPayout, Optional.empty());
        absRshares = Objects.requireNonNullElse(absRshares, Optional.empty());
        voteRshares = Objects.requireNonNullElse(voteRshares, Optional.empty());
        totalVoteWeight = Objects.requireNonNullElse(totalVoteWeight, Optional.empty());
        rewardWeight = Objects.requireNonNullElse(rewardWeight, Optional.empty());
        allowVotes = Objects.requireNonNullElse(allowVotes, Optional.empty());
        allowCurationRewards = Objects.requireNonNullElse(allowCurationRewards, Optional.empty());
        maxAcceptedPayout = Objects.requireNonNullElse(maxAcceptedPayout, Optional.empty());
        totalPayoutValue = Objects.requireNonNullElse(totalPayoutValue, Asset.zero(AssetSymbol.SBD));
        curatorPayoutValue = Objects.requireNonNullElse(curatorPayoutValue, Asset.zero(AssetSymbol.SBD));
        pendingPayoutValue = Objects.requireNonNullElse(pendingPayoutValue, Asset.zero(AssetSymbol.SBD));
        activeVotes = activeVotes == null ? List.of() : List.copyOf(activeVotes);
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
    }

    /** Whether this is steemd's "no such post" placeholder (id 0, empty author) rather than a post. */
    public boolean isPlaceholder() {
        return author.isEmpty();
    }

    public boolean isRootPost() {
        return parentAuthor.isEmpty();
    }
}
