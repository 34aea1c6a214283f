package org.steemdesk.app.guard;

/** The kind of a {@link Remedy}. */
public enum RemedyKind {
    /** Set the route to 0 %. */
    REMOVE_ROUTE,
    /** Stop the power down ({@code withdraw_vesting} of 0). */
    STOP_POWER_DOWN,
    /** Set the delegation to 0. */
    UNDELEGATE,
    /** Clear the witness proxy. */
    CLEAR_PROXY,
    /** Cancel the savings withdrawal (it waits 3 days). */
    CANCEL_SAVINGS_WITHDRAWAL,
    /** Name the current recovery account again, which cancels the waiting change (owner key). */
    CANCEL_RECOVERY_CHANGE,
    /** Change the password at once: whoever did this holds a key of the account. */
    CHANGE_PASSWORD,
    /** Follow Steem's account recovery: the keys were changed by someone else. */
    ACCOUNT_RECOVERY,
    /** Nothing to undo (e.g. a change that only added safety). */
    NONE
}
