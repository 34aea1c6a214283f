package org.steemdesk.app.vote;

/**
 * Why a vote did not go (yet), as a code the UI and CLI translate into a message. Codes whose
 * {@link #retriable()} is true put the vote into RETRY_LATER instead of FAILED.
 */
public enum VoteFailure {
    ALREADY_VOTED_IDENTICALLY(false),
    VOTE_CHANGES_EXHAUSTED(false),
    /** "Can only vote once every 3 seconds." */
    VOTE_INTERVAL(true),
    NOT_ENOUGH_MANA(true),
    NOT_ENOUGH_RC(true),
    /** The user's own floor: voting mana is below the intent's minimum. */
    MANA_BELOW_FLOOR(true),
    /** Past its payout window, or in the last phase before payout where the chain refuses votes. */
    POST_PAID_OUT(false),
    VOTES_NOT_ALLOWED(false),
    UNKNOWN_POST_OR_ACCOUNT(false),
    MISSING_AUTHORITY(false),
    /** Another vote by the same account on the same post replaced this one before it was sent. */
    REPLACED(false),
    /** Any other refusal; the node's message is kept with it. */
    REJECTED_BY_NODE(false);

    private final boolean retriable;

    VoteFailure(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
