package org.steemdesk.app.curation;

import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One line of a curation trail: an author, a tag or a curator to follow, the weight, in basis points, of the votes
 * the trail casts for it, and its {@link TrailRules}. Only posts created (for a curator: votes cast) after
 * {@code addedAt} are new to the trail; older ones are never voted by it.
 */
public record TrailEntry(TrailSource source, String name, int weight, Instant addedAt, TrailRules rules) {

    public TrailEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(rules, "rules");
        if (source == TrailSource.TAG) {
            TrailRules.requireTag(name);
        } else {
            AccountName.of(name);
        }
        if (weight < 1 || weight > 10_000) {
            throw new IllegalArgumentException("a trail vote weight must be between 0.01% and 100%, got "
                    + weight + " basis points");
        }
        if (rules.scaleByLeader() && source != TrailSource.CURATOR) {
            throw new IllegalArgumentException("only a curator's trail can scale its weight by the curator's vote");
        }
    }

    /** An entry with the default rules. */
    public TrailEntry(TrailSource source, String name, int weight, Instant addedAt) {
        this(source, name, weight, addedAt, TrailRules.DEFAULT);
    }

    public static TrailEntry author(AccountName author, int weight, Instant addedAt) {
        return new TrailEntry(TrailSource.AUTHOR, author.value(), weight, addedAt);
    }

    public static TrailEntry tag(String tag, int weight, Instant addedAt) {
        return new TrailEntry(TrailSource.TAG, tag, weight, addedAt);
    }

    public static TrailEntry curator(AccountName curator, int weight, Instant addedAt, TrailRules rules) {
        return new TrailEntry(TrailSource.CURATOR, curator.value(), weight, addedAt, rules);
    }

    public TrailEntry withRules(TrailRules newRules) {
        return new TrailEntry(source, name, weight, addedAt, newRules);
    }
}
