package org.steemdesk.app.curation;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One line of a curation trail: an author (or a tag) and the weight, in basis points, of the votes the trail casts
 * for their posts. Only posts created after {@code addedAt} are new to the trail; older ones are never voted by it.
 */
public record TrailEntry(TrailSource source, String name, int weight, Instant addedAt) {

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,23}");

    public TrailEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addedAt, "addedAt");
        if (source == TrailSource.AUTHOR) {
            AccountName.of(name);
        } else if (!TAG.matcher(name).matches()) {
            throw new IllegalArgumentException("a tag is 1 to 24 lower-case letters, digits or '-', got '" + name + "'");
        }
        if (weight < 1 || weight > 10_000) {
            throw new IllegalArgumentException("a trail vote weight must be between 0.01% and 100%, got "
                    + weight + " basis points");
        }
    }

    public static TrailEntry author(AccountName author, int weight, Instant addedAt) {
        return new TrailEntry(TrailSource.AUTHOR, author.value(), weight, addedAt);
    }

    public static TrailEntry tag(String tag, int weight, Instant addedAt) {
        return new TrailEntry(TrailSource.TAG, tag, weight, addedAt);
    }
}
