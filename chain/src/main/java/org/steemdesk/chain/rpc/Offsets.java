package org.steemdesk.chain.rpc;

import java.time.Duration;

/** How an offset between a head block time and this computer's clock reads in an English message. */
final class Offsets {
    private Offsets() {}

    /** "125 s ahead of" or "600 s behind". */
    static String describe(Duration offset) {
        return offset.isNegative() ? offset.negated().toSeconds() + " s behind" : offset.toSeconds() + " s ahead of";
    }
}
