package org.steemdesk.app.rewards;

import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.i18n.Messages;

/** Why a vote could not be valued, in the user's language, for the vote panel and the CLI alike. */
public final class VoteEstimateMessages {

    private VoteEstimateMessages() {
    }

    public static String describe(VoteEstimateException e, Messages messages) {
        String detail = e.detail();
        return switch (e.kind()) {
            case WEIGHT_OUT_OF_RANGE -> messages.get("vote.estimate.error.WEIGHT_OUT_OF_RANGE");
            case ZERO_WEIGHT -> messages.get("vote.estimate.error.ZERO_WEIGHT");
            case POST_NOT_FOUND -> messages.get("vote.estimate.error.POST_NOT_FOUND", detail);
            case ACCOUNT_NOT_FOUND -> messages.get("vote.estimate.error.ACCOUNT_NOT_FOUND", detail);
            case POST_PAID_OUT -> messages.get("vote.estimate.error.POST_PAID_OUT", detail);
            case POST_IN_PAYOUT -> messages.get("vote.estimate.error.POST_IN_PAYOUT", detail);
            case VOTES_NOT_ALLOWED -> messages.get("vote.estimate.error.VOTES_NOT_ALLOWED", detail);
            case IDENTICAL_VOTE -> messages.get("vote.estimate.error.IDENTICAL_VOTE", detail);
            case NOT_ENOUGH_MANA -> messages.get("vote.estimate.error.NOT_ENOUGH_MANA");
            case UNKNOWN_CURVE -> messages.get("vote.estimate.error.UNKNOWN_CURVE", detail);
            case MISSING_FIELD -> messages.get("vote.estimate.error.MISSING_FIELD", detail);
        };
    }
}
