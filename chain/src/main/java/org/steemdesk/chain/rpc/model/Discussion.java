package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * A post or comment as condenser_api returns it, served by steemd (full comment object) or by hivemind
 * ({@code post_id} instead of {@code id}, many steemd-only fields missing). Only fields both backends send are kept.
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
        /** Empty once paid out. */
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> cashoutTime,
        /** Empty before the first payout. */
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastPayout,
        Asset totalPayoutValue,
        Asset curatorPayoutValue,
        Asset pendingPayoutValue,
        Asset maxAcceptedPayout,
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
