package org.steemdesk.app.rewards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * One reward paid to an account, from a virtual operation in its history: {@code curation_reward} (the curator's
 * VESTS for a vote on {@code author/permlink}), {@code author_reward} and {@code comment_benefactor_reward}.
 */
public record RewardEvent(long index, Instant time, RewardKind kind, String author, String permlink,
                          RewardAmounts amounts) {

    public static final java.util.List<String> OP_NAMES =
            java.util.List.of("curation_reward", "author_reward", "comment_benefactor_reward");

    public RewardEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permlink, "permlink");
        Objects.requireNonNull(amounts, "amounts");
    }

    /**
     * The reward {@code account} received in this history entry, if any. History rows of other accounts' rewards
     * (an author sees the benefactor payouts of their posts) are not the account's income and give nothing.
     */
    public static Optional<RewardEvent> of(HistoryEntry entry, String account, ObjectMapper mapper) {
        JsonNode body = opBody(entry, mapper);
        return switch (entry.opName()) {
            case "curation_reward" -> account.equals(body.path("curator").asText())
                    ? Optional.of(event(entry, RewardKind.CURATION, body, new RewardAmounts(
                            Asset.zero(AssetSymbol.STEEM), Asset.zero(AssetSymbol.SBD), asset(body, "reward"))))
                    : Optional.empty();
            case "author_reward" -> account.equals(body.path("author").asText())
                    ? Optional.of(event(entry, RewardKind.AUTHOR, body, payouts(body)))
                    : Optional.empty();
            case "comment_benefactor_reward" -> account.equals(body.path("benefactor").asText())
                    ? Optional.of(event(entry, RewardKind.BENEFICIARY, body, body.has("reward")
                            // Before HF21 the benefactor was paid in VESTS only, under "reward".
                            ? new RewardAmounts(Asset.zero(AssetSymbol.STEEM), Asset.zero(AssetSymbol.SBD),
                                    asset(body, "reward"))
                            : payouts(body)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static RewardEvent event(HistoryEntry entry, RewardKind kind, JsonNode body, RewardAmounts amounts) {
        String author = body.has("comment_author") ? body.path("comment_author").asText() : body.path("author").asText();
        String permlink = body.has("comment_permlink") ? body.path("comment_permlink").asText()
                : body.path("permlink").asText();
        return new RewardEvent(entry.index(), entry.timestamp(), kind, author, permlink, amounts);
    }

    private static RewardAmounts payouts(JsonNode body) {
        return new RewardAmounts(asset(body, "steem_payout"), asset(body, "sbd_payout"), asset(body, "vesting_payout"));
    }

    private static Asset asset(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("reward operation has no amount '" + field + "': " + body);
        }
        return Asset.parse(value.asText());
    }

    /**
     * The operation's fields. The cache keeps each row as the node sent it: the {@code [index, {...}]} pair, its
     * object, or the bare {@code [name, {...}]} op; all three are read.
     */
    private static JsonNode opBody(HistoryEntry entry, ObjectMapper mapper) {
        JsonNode node;
        try {
            node = mapper.readTree(entry.json());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("history entry " + entry.index() + " is not JSON", e);
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) {
            node = node.get(1);
        }
        if (node.isObject() && node.has("op")) {
            node = node.path("op");
        }
        if (node.isArray() && node.size() == 2 && node.get(1).isObject()) {
            return node.get(1);
        }
        throw new IllegalArgumentException("history entry " + entry.index() + " holds no [name, {...}] op");
    }
}
