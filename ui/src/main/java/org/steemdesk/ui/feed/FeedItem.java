package org.steemdesk.ui.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Discussion;

/** A feed cell's data, worked out off the FX thread: the post, its displayed reputation, payout and thumbnail. */
public record FeedItem(Discussion post, int reputation, Asset payout, Optional<URI> thumbnail) {
    public FeedItem {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(thumbnail, "thumbnail");
    }

    public static FeedItem of(Discussion post) {
        Asset payout = post.cashoutTime().isPresent() ? post.pendingPayoutValue()
                : post.totalPayoutValue().plus(post.curatorPayoutValue());
        return new FeedItem(post, reputation(post.authorReputation()), payout, thumbnail(post.jsonMetadata()));
    }

    /** The reputation score Steemit shows (25 for a new account): 9 points per tenfold raw reputation above 10⁹. */
    static int reputation(long raw) {
        if (raw == 0) {
            return 25;
        }
        double level = Math.max(Math.log10(Math.abs((double) raw)) - 9, 0) * Math.signum(raw);
        return (int) Math.floor(level * 9 + 25);
    }

    /** The first image in json_metadata, if it is an http(s) address. */
    static Optional<URI> thumbnail(String jsonMetadata) {
        if (jsonMetadata.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode image = SteemJson.mapper().readTree(jsonMetadata).path("image").path(0);
            if (!image.isTextual()) {
                return Optional.empty();
            }
            URI uri = URI.create(image.asText().trim());
            String scheme = uri.getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme) ? Optional.of(uri)
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // malformed metadata is common on chain: the cell just has no thumbnail
        }
    }
}
