package org.steemdesk.app.vote;

import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * Maps a node's refusal of a vote to a {@link VoteFailure}, by the kind the chain module gave the node's error (it
 * reads steemd's stable texts; this never reads the text).
 */
public final class VoteRejection {

    private VoteRejection() {
    }

    public static VoteFailure classify(NodeErrorKind kind) {
        return switch (kind) {
            case VOTE_IDENTICAL -> VoteFailure.ALREADY_VOTED_IDENTICALLY;
            case VOTE_CHANGES_EXHAUSTED -> VoteFailure.VOTE_CHANGES_EXHAUSTED;
            case VOTE_INTERVAL -> VoteFailure.VOTE_INTERVAL;
            case NOT_ENOUGH_MANA -> VoteFailure.NOT_ENOUGH_MANA;
            case NOT_ENOUGH_RC -> VoteFailure.NOT_ENOUGH_RC;
            case PAYOUT_WINDOW_CLOSED -> VoteFailure.POST_PAID_OUT;
            case VOTES_NOT_ALLOWED -> VoteFailure.VOTES_NOT_ALLOWED;
            case UNKNOWN_KEY -> VoteFailure.UNKNOWN_POST_OR_ACCOUNT;
            case MISSING_AUTHORITY -> VoteFailure.MISSING_AUTHORITY;
            default -> VoteFailure.REJECTED_BY_NODE;
        };
    }
}
