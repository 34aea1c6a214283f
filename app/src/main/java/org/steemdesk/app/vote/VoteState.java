package org.steemdesk.app.vote;

/** The life of a vote intent: PENDING → (SENDING) → SENT | FAILED | CANCELLED, with RETRY_LATER as a detour. */
public enum VoteState {
    PENDING,
    /** Waiting for a chain condition (mana, RC, the 3-second limit) until {@code nextAttemptAt}. */
    RETRY_LATER,
    /** Signed and stored in the outbox; it may already be on chain. Never re-signed while in this state. */
    SENDING,
    SENT,
    FAILED,
    CANCELLED;

    public boolean isWaiting() {
        return this == PENDING || this == RETRY_LATER;
    }
}
