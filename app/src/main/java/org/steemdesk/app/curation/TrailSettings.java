package org.steemdesk.app.curation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The trail's rules for every entry that sets none of its own: at most {@code dailyCap} votes queued per UTC day
 * (chain time), each sent only while the voting mana is at least {@code manaFloorBasisPoints}, when the post is
 * {@code voteAtAge} old (chain time). Without a vote age of its own the trail votes when the chain's reverse auction
 * ends ({@code reverse_auction_seconds}, read from the node: 300 s since HF21), the earliest moment that earns the
 * full curation weight.
 */
public record TrailSettings(int dailyCap, int manaFloorBasisPoints, Optional<Duration> voteAtAge) {

    /** Ten votes a day at a 80 % floor keeps mana regenerating (20 % a day) faster than a full trail spends it. */
    public static final TrailSettings DEFAULTS = new TrailSettings(10, 8_000, Optional.empty());

    public TrailSettings {
        Objects.requireNonNull(voteAtAge, "voteAtAge");
        if (dailyCap < 0) {
            throw new IllegalArgumentException("the daily cap must be 0 or more votes, got " + dailyCap);
        }
        if (manaFloorBasisPoints < 0 || manaFloorBasisPoints > 10_000) {
            throw new IllegalArgumentException("the mana floor must be between 0% and 100%, got "
                    + manaFloorBasisPoints + " basis points");
        }
        if (voteAtAge.isPresent() && (voteAtAge.get().isNegative() || voteAtAge.get().toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException("the vote age must be a non-negative whole number of seconds, got "
                    + voteAtAge.get());
        }
    }

    /** Settings with a vote age of their own. */
    public TrailSettings(int dailyCap, int manaFloorBasisPoints, Duration voteAtAge) {
        this(dailyCap, manaFloorBasisPoints, Optional.of(voteAtAge));
    }

    /** The vote age: the settings' own, else the chain's reverse auction. */
    public Duration voteAtAge(Duration reverseAuction) {
        return voteAtAge.orElse(reverseAuction);
    }
}
