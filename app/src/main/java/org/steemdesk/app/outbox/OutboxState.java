package org.steemdesk.app.outbox;

/** Where a stored signed transaction stands. */
public enum OutboxState {
    /** Stored, not yet known to have reached any node (a crash may have happened mid-send). */
    QUEUED,
    /** Sent at least once with an unclear outcome; it may be on chain. The same bytes are sent again. */
    SENT_UNCONFIRMED,
    /** A node confirmed it (accepted, or a duplicate of one already applied), or it was found on chain. */
    CONFIRMED,
    /** A node refused it; it did not land. */
    REJECTED,
    /** Its expiration passed and it is confirmed not on chain; only now may a new signature replace it. */
    EXPIRED;

    public boolean isOpen() {
        return this == QUEUED || this == SENT_UNCONFIRMED;
    }
}
