package org.steemdesk.app.storage;

/** Per-account lists fetched as a whole from the node; each has its own table. */
public enum AccountList {
    /** {@code get_vesting_delegations}: outgoing delegations. */
    DELEGATIONS("delegations"),
    /** {@code get_withdraw_routes}. */
    WITHDRAW_ROUTES("withdraw_routes"),
    /** {@code get_savings_withdraw_from}: pending savings withdrawals. */
    SAVINGS_WITHDRAWALS("savings_withdrawals"),
    /** {@code rc_api.find_rc_accounts}: the account's resource credits ({@code rc_accounts}). */
    RC_ACCOUNTS("rc_accounts");

    private final String table;

    AccountList(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }
}
