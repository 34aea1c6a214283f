package org.steemdesk.app.curation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * The options of one trail entry, steemauto's set without handing anyone a key:
 *
 * @param delay         for an author or tag: the post's age at the vote (chain time); for a curator: how long after
 *                      the curator's vote. Empty: the trail's vote age, by default the chain's
 *                      {@code reverse_auction_seconds} (for a curator: not before the post is that old)
 * @param scaleByLeader a curator's vote of 50 % makes the entry's weight half as strong
 * @param skipSelf      no vote when the curator votes for their own post, nor on a post of the voting account
 * @param skipComments  only root posts, no comments
 * @param tags          only posts with one of these tags (empty: any)
 * @param excludeTags   never posts with one of these tags
 * @param authors       only posts by these authors (empty: any), for a tag or a curator
 * @param excludeAuthors never posts by these authors
 * @param minPayout     only posts whose pending payout (SBD) is at least this; a post below it is looked at again
 * @param maxPayout     never posts whose pending payout is above this
 * @param dailyCap      at most this many votes a UTC day (chain time) from this entry
 * @param minMana       vote only while voting mana is at least this (basis points); else the trail's floor
 */
public record TrailRules(Optional<Duration> delay, boolean scaleByLeader, boolean skipSelf, boolean skipComments,
                         Set<String> tags, Set<String> excludeTags, Set<AccountName> authors,
                         Set<AccountName> excludeAuthors, Optional<Asset> minPayout, Optional<Asset> maxPayout,
                         OptionalInt dailyCap, OptionalInt minMana) {

    private static final Pattern TAG = Pattern.compile("[a-z0-9\\p{IsHangul}][a-z0-9\\p{IsHangul}-]{0,23}");

    /** What an entry added without options does: root posts, at the trail's age, weight as given. */
    public static final TrailRules DEFAULT = new TrailRules(Optional.empty(), false, false, true, Set.of(), Set.of(),
            Set.of(), Set.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

    public TrailRules {
        Objects.requireNonNull(delay, "delay");
        tags = sorted(tags);
        excludeTags = sorted(excludeTags);
        authors = Set.copyOf(authors);
        excludeAuthors = Set.copyOf(excludeAuthors);
        Objects.requireNonNull(minPayout, "minPayout");
        Objects.requireNonNull(maxPayout, "maxPayout");
        Objects.requireNonNull(dailyCap, "dailyCap");
        Objects.requireNonNull(minMana, "minMana");
        if (delay.isPresent() && (delay.get().isNegative() || delay.get().toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException("the delay must be a non-negative whole number of seconds, got "
                    + delay.get());
        }
        for (String tag : tags) {
            requireTag(tag);
        }
        for (String tag : excludeTags) {
            requireTag(tag);
        }
        minPayout.ifPresent(TrailRules::requireSbd);
        maxPayout.ifPresent(TrailRules::requireSbd);
        if (minPayout.isPresent() && maxPayout.isPresent() && minPayout.get().compareTo(maxPayout.get()) > 0) {
            throw new IllegalArgumentException("the minimum payout " + minPayout.get() + " is above the maximum "
                    + maxPayout.get());
        }
        if (dailyCap.isPresent() && dailyCap.getAsInt() < 0) {
            throw new IllegalArgumentException("the daily cap must be 0 or more votes, got " + dailyCap.getAsInt());
        }
        if (minMana.isPresent() && (minMana.getAsInt() < 0 || minMana.getAsInt() > 10_000)) {
            throw new IllegalArgumentException("the mana floor must be between 0% and 100%, got "
                    + minMana.getAsInt() + " basis points");
        }
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    private static Set<String> sorted(Set<String> tags) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(tags));
    }

    static void requireTag(String tag) {
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("a tag is 1 to 24 lower-case letters, digits or '-', got '" + tag + "'");
        }
    }

    private static void requireSbd(Asset a) {
        if (a.symbol() != AssetSymbol.SBD || a.isNegative()) {
            throw new IllegalArgumentException("a payout limit is an amount of SBD, got " + a);
        }
    }
}
