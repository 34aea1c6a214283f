package org.steemdesk.app.wallet;

/**
 * Who tells the user how a wallet operation ended, which decides when it stops standing for an equal request: until
 * the user has heard that a transaction landed, an equal request within the hour is answered "sent earlier" rather
 * than signed again (a run killed between landing and telling must not lead to a second transfer).
 */
public enum Reporting {
    /**
     * The outcome counts as told when it is returned or thrown: for a door that shows what it gets (the desktop's
     * sheet) and for background jobs. A kill in the instant between the two is not covered.
     */
    ON_RETURN,
    /**
     * The caller tells the user and then calls {@link SignedTransactions#reported}: the CLI, whose process a user
     * may kill at any moment.
     */
    BY_CALLER
}
