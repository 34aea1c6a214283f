package org.steemdesk.app.guard;

/** The kinds of change a {@link GuardAlert} reports; their names are stable (stored, JSON, i18n keys' suffixes). */
public enum GuardAlertKind {
    OWNER_KEY_CHANGED,
    ACTIVE_KEY_CHANGED,
    POSTING_KEY_CHANGED,
    MEMO_KEY_CHANGED,
    RECOVERY_ACCOUNT_CHANGED,
    RECOVERY_CHANGE_REQUESTED,
    RECOVERY_CHANGE_CANCELLED,
    ROUTE_ADDED,
    ROUTE_CHANGED,
    ROUTE_REMOVED,
    POWER_DOWN_STARTED,
    POWER_DOWN_CHANGED,
    PROXY_CHANGED,
    TRANSFER_OUT,
    SAVINGS_WITHDRAWAL_OUT,
    DELEGATION_OUT
}
