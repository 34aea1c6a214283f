package org.steemdesk.app.curation;

import java.time.Duration;
import java.util.Objects;

/**
 * The trail's rules: at most {@code dailyCap} votes queued per UTC day, each sent only while the voting mana is at
 * least {@code manaFloorBasisPoints}, when the post is {@code voteAtAge} old (chain time).
 */
public record TrailSettings(int dailyCap, int manaFloorBasisPoints, Duration voteAtAge) {

    /** Ten votes a day at a 80 % floor keeps mana regenerating (20 % a day) faster than a full trail spends it. */
    public static final TrailSettings DEFAULTS = new TrailSettings(10, 8_000, Duration.ofMinutes(15));

    public TrailSettings {
        Objects.requireNonNull(voteAtAge, "voteAtAge");
        if (dailyCap < 0) {
            throw new IllegalArgumentException("the daily cap must be 0 or more votes, got " + dailyCap);
        }
        if (manaFloorBasisPoints < 0 || manaFloorBasisPoints > 10_000) {
            throw new IllegalArgumentException("the mana floor must be between 0% and 100%, got "
                    + manaFloorBasisPoints + " basis points");
        }
        if (voteAtAge.isNegative() || voteAtAge.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("the vote age must be a non-negative whole number of seconds, got "
                    + voteAtAge);
        }
    }
}
