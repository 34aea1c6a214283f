package org.steemdesk.app.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.steemdesk.app.storage.StorageException;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;

/**
 * {@link TrailRules} as the JSON text stored with a trail entry (only what differs from the defaults), and back. The
 * same field names are the CLI's {@code --json} view of an entry's rules.
 */
public final class TrailRulesJson {

    private TrailRulesJson() {
    }

    public static ObjectNode toJson(TrailRules r) {
        ObjectNode o = SteemJson.mapper().createObjectNode();
        r.delay().ifPresent(d -> o.put("delay_seconds", d.toSeconds()));
        if (r.scaleByLeader()) {
            o.put("scale_by_leader", true);
        }
        if (r.skipSelf()) {
            o.put("skip_self", true);
        }
        if (!r.skipComments()) {
            o.put("skip_comments", false);
        }
        strings(o, "tags", r.tags(), s -> s);
        strings(o, "exclude_tags", r.excludeTags(), s -> s);
        strings(o, "authors", r.authors(), AccountName::value);
        strings(o, "exclude_authors", r.excludeAuthors(), AccountName::value);
        r.minPayout().ifPresent(a -> o.put("min_payout", a.toString()));
        r.maxPayout().ifPresent(a -> o.put("max_payout", a.toString()));
        r.dailyCap().ifPresent(n -> o.put("daily_cap", n));
        r.minMana().ifPresent(n -> o.put("min_mana_bp", n));
        return o;
    }

    public static TrailRules fromJson(String text) {
        JsonNode o;
        try {
            o = SteemJson.mapper().readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored trail entry's rules are not readable", e);
        }
        return new TrailRules(
                o.has("delay_seconds") ? Optional.of(Duration.ofSeconds(o.path("delay_seconds").asLong()))
                        : Optional.empty(),
                o.path("scale_by_leader").asBoolean(false), o.path("skip_self").asBoolean(false),
                o.path("skip_comments").asBoolean(true),
                set(o.path("tags"), s -> s), set(o.path("exclude_tags"), s -> s),
                set(o.path("authors"), AccountName::of), set(o.path("exclude_authors"), AccountName::of),
                asset(o, "min_payout"), asset(o, "max_payout"), integer(o, "daily_cap"), integer(o, "min_mana_bp"));
    }

    private static <T extends Comparable<T>> void strings(ObjectNode o, String field, Collection<T> values,
                                                          Function<T, String> text) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.stream().sorted().map(text).forEach(a::add);
        }
    }

    private static <T> Set<T> set(JsonNode array, Function<String, T> parse) {
        Set<T> out = new HashSet<>();
        array.forEach(v -> out.add(parse.apply(v.asText())));
        return out;
    }

    private static Optional<Asset> asset(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(Asset.parse(o.path(field).asText())) : Optional.empty();
    }

    private static OptionalInt integer(JsonNode o, String field) {
        return o.hasNonNull(field) ? OptionalInt.of(o.path(field).asInt()) : OptionalInt.empty();
    }
}
