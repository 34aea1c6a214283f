package org.steemdesk.app.vote;

import org.steemdesk.i18n.Messages;

/** Why a vote failed or waits to be retried, in the user's language, for the desktop app and the CLI alike. */
public final class VoteFailureMessages {

    private VoteFailureMessages() {
    }

    public static String describe(VoteFailure failure, Messages messages) {
        return switch (failure) {
            case ALREADY_VOTED_IDENTICALLY -> messages.get("vote.failure.ALREADY_VOTED_IDENTICALLY");
            case VOTE_CHANGES_EXHAUSTED -> messages.get("vote.failure.VOTE_CHANGES_EXHAUSTED");
            case VOTE_INTERVAL -> messages.get("vote.failure.VOTE_INTERVAL");
            case NOT_ENOUGH_MANA -> messages.get("vote.failure.NOT_ENOUGH_MANA");
            case NOT_ENOUGH_RC -> messages.get("vote.failure.NOT_ENOUGH_RC");
            case MANA_BELOW_FLOOR -> messages.get("vote.failure.MANA_BELOW_FLOOR");
            case POST_PAID_OUT -> messages.get("vote.failure.POST_PAID_OUT");
            case VOTES_NOT_ALLOWED -> messages.get("vote.failure.VOTES_NOT_ALLOWED");
            case UNKNOWN_POST_OR_ACCOUNT -> messages.get("vote.failure.UNKNOWN_POST_OR_ACCOUNT");
            case MISSING_AUTHORITY -> messages.get("vote.failure.MISSING_AUTHORITY");
            case REPLACED -> messages.get("vote.failure.REPLACED");
            case REJECTED_BY_NODE -> messages.get("vote.failure.REJECTED_BY_NODE");
        };
    }
}
