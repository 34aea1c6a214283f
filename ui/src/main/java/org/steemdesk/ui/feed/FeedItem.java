package org.steemdesk.ui.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.ui.post.PostHtml;

/**
 * A feed row's data, worked out off the FX thread: the post, its displayed reputation, payout, a plain-text excerpt of
 * its body and its thumbnail's address (https only).
 */
public record FeedItem(Discussion post, int reputation, Asset payout, String excerpt, Optional<URI> thumbnail)
        implements FeedRow {
    /** Enough text for the two lines a row shows at its widest; the label cuts the rest with an ellipsis. */
    static final int EXCERPT_CHARS = 240;
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");


    /** Renders the body's markdown (the sanitiser's rules, as the post view): run it off the FX thread. */
    public static FeedItem of(Discussion post) {
        Document body = PostHtml.sanitise(post.body());
        return new FeedItem(post, reputation(post.authorReputation()), payout(post), excerpt(body),
                thumbnail(post.jsonMetadata()).or(() -> firstImage(body)));
    }

    /** A listing's rows, placeholders (deleted posts) left out; renders each body, so off the FX thread. */
    static Synced<List<FeedItem>> rows(Synced<List<Discussion>> listing) {
        return new Synced<>(listing.value().stream().filter(d -> !d.isPlaceholder()).map(FeedItem::of).toList(),
                listing.fetchedAt(), listing.offline());
    }

    /** What the post pays: pending while in its payout window, else what it paid (author and curators). */
    static Asset payout(Discussion post) {
        return post.cashoutTime().isPresent() ? post.pendingPayoutValue()
                : post.totalPayoutValue().plus(post.curatorPayoutValue());
    }

    /** The reputation score Steemit shows (25 for a new account): 9 points per tenfold raw reputation above 10⁹. */
    static int reputation(long raw) {
        if (raw == 0) {
            return 25;
        }
        double level = Math.max(Math.log10(Math.abs((double) raw)) - 9, 0) * Math.signum(raw);
        return (int) Math.floor(level * 9 + 25);
    }

    /** The body's text without markup and bare addresses, cut at {@link #EXCERPT_CHARS}. */
    static String excerpt(Document body) {
        String text = ADDRESS.matcher(body.text()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS).stripTrailing() + "\u2026";
    }

    /** The first image in json_metadata, if it is an https address. */
    static Optional<URI> thumbnail(String jsonMetadata) {
        if (jsonMetadata.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode image = SteemJson.mapper().readTree(jsonMetadata).path("image").path(0);
            return image.isTextual() ? https(image.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // malformed metadata is common on chain: the row just has no thumbnail
        }
    }

    /** The body's first https image that the sanitiser kept. */
    static Optional<URI> firstImage(Document body) {
        return body.select("img[src]").stream().map(image -> https(image.absUrl("src"))).flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<URI> https(String address) {
        try {
            URI uri = URI.create(address.trim());
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
