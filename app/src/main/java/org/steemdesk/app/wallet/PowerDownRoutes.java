package org.steemdesk.app.wallet;

import java.util.List;
import org.steemdesk.chain.rpc.model.WithdrawRoute;

/**
 * Where the account's power-down payments go: its routes (a thief's first move is often one to himself), the routes
 * of others that pay this account, the total share routed away and the chain's limits.
 *
 * @param totalOutgoing the routed share in {@code hundredPercent} units; the rest is paid to the account itself
 */
public record PowerDownRoutes(List<WithdrawRoute> outgoing, List<WithdrawRoute> incoming, int totalOutgoing,
                              int hundredPercent, int maxRoutes) {
    public PowerDownRoutes {
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
    }
}
