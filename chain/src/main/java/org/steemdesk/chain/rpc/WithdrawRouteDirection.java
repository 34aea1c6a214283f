package org.steemdesk.chain.rpc;

/** Which withdraw routes {@code get_withdraw_routes} lists, relative to the account asked about. */
public enum WithdrawRouteDirection {
    INCOMING, OUTGOING, ALL;

    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
