package org.steemdesk.app.stake;

import java.time.Instant;

/**
 * RC from {@code rc_api.find_rc_accounts}: {@code rc_manabar} regenerates to {@code max_rc} over the same five
 * days as voting mana (the RC plugin's {@code STEEM_RC_REGEN_TIME}), with the same integer rule.
 */
public final class ResourceCredits {

    private ResourceCredits() {
    }

    public static Manabar manabar(long maxRc, long currentMana, Instant lastUpdate) {
        return new Manabar(maxRc, currentMana, lastUpdate, Manabar.STEEM_REGENERATION_SECONDS);
    }

    /** RC percentage at {@code now} in basis points. */
    public static int percentBasisPoints(long maxRc, long currentMana, Instant lastUpdate, Instant now) {
        return manabar(maxRc, currentMana, lastUpdate).at(now).percentBasisPoints();
    }
}
