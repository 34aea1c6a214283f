package org.steemdesk.app.outbox;

/** Whether a transaction id is known to be in a block. */
public enum ChainPresence {
    ON_CHAIN,
    /** Checked and absent, and its expiration has passed, so it never will be. */
    NOT_ON_CHAIN,
    /** Could not tell (no node answered). */
    UNKNOWN
}
