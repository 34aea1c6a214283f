package org.steemdesk.chain.rpc;

import java.time.Duration;

/** How a distance between a head block time and this computer's clock reads in an English message. */
final class Offsets {
    private Offsets() {}

    /** "125 s ahead of" or "600 s behind", with days added when it is that far. */
    static String describe(Duration offset) {
        return offset.isNegative() ? seconds(offset.negated()) + " behind" : seconds(offset) + " ahead of";
    }

    /** "600 s", or "2274927140 s (26330 days)" for a node in another decade. */
    static String seconds(Duration duration) {
        long days = duration.toDays();
        return duration.toSeconds() + " s" + (days >= 1 ? " (" + days + (days == 1 ? " day)" : " days)") : "");
    }
}
