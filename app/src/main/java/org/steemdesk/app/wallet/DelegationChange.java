package org.steemdesk.app.wallet;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;

/**
 * A delegation before and after: {@code returningVests} is what a decrease gives back, which the chain keeps counted
 * as delegated for the 5-day return period before it is the delegator's to use again.
 */
public record DelegationChange(AccountName delegatee, Asset currentVests, Asset newVests, Asset returningVests) {
    public boolean isIncrease() {
        return newVests.compareTo(currentVests) > 0;
    }
}
