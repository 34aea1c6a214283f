package org.steemdesk.app.guard;

import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * From which amount an outgoing transfer or delegation is an alert, as the user set it (default: every one, since
 * the guard cannot know which are routine and each one is shown once).
 *
 * @param steem transfers of STEEM (liquid, to savings, power up to others) from this amount
 * @param sbd   transfers of SBD from this amount
 * @param sp    delegations from this much Steem Power (held as STEEM)
 */
public record GuardThresholds(Asset steem, Asset sbd, Asset sp) {
    public GuardThresholds {
        require(steem, AssetSymbol.STEEM);
        require(sbd, AssetSymbol.SBD);
        require(sp, AssetSymbol.STEEM);
    }

    public static GuardThresholds everything() {
        return new GuardThresholds(Asset.of(1, AssetSymbol.STEEM), Asset.of(1, AssetSymbol.SBD),
                Asset.of(1, AssetSymbol.STEEM));
    }

    /** The threshold for a transfer of this asset. */
    public Asset forTransfer(AssetSymbol symbol) {
        return symbol == AssetSymbol.SBD ? sbd : steem;
    }

    private static void require(Asset a, AssetSymbol symbol) {
        Objects.requireNonNull(a, "threshold");
        if (a.symbol() != symbol || a.isNegative()) {
            throw new IllegalArgumentException("a threshold of " + symbol + " must be a non-negative " + symbol
                    + " amount, got " + a);
        }
    }
}
