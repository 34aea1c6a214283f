package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.List;
import org.steemdesk.chain.protocol.Asset;

/**
 * An account's delegations: what it delegates, what it receives, and the VESTS on their way back from delegations it
 * lowered or removed. Amounts in VESTS with their Steem Power at today's price.
 *
 * @param incoming          delegations received, found in the account's history (no node call lists them) and
 *                          checked against the delegator's current delegations
 * @param receivedTotal     what the chain counts as received ({@code received_vesting_shares})
 * @param incomingUnlisted  the part of {@code receivedTotal} from delegations older than the history read
 */
public record DelegationBook(List<Outgoing> outgoing, List<Incoming> incoming, List<Returning> returning,
                             Asset receivedTotal, Asset receivedTotalSp, Asset incomingUnlisted) {

    /**
     * @param sp      the SP amount that buys exactly these VESTS today (what the user typed, "10.000" rather than the
     *                9.999 a rounded-down conversion reads), else their value rounded down
     * @param since   the earliest the delegation may be lowered again ({@code min_delegation_time})
     * @param spExact whether {@code sp} buys exactly these VESTS at today's price; when not, the SP/VESTS price
     *                moved since the delegation (or it was entered in VESTS) and a door says so
     */
    public record Outgoing(String delegatee, Asset vests, Asset sp, Instant since, boolean spExact) {
        public Outgoing(String delegatee, Asset vests, Asset sp, Instant since) {
            this(delegatee, vests, sp, since, true);
        }
    }

    /** @param since when the delegation was last set, from the history entry */
    public record Incoming(String delegator, Asset vests, Asset sp, Instant since) {
    }

    /** VESTS of a lowered delegation, usable again by the delegator at {@code returnsAt}. */
    public record Returning(Asset vests, Asset sp, Instant returnsAt) {
    }

    public DelegationBook {
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
        returning = List.copyOf(returning);
    }
}
