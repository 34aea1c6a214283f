package org.steemdesk.app.vote;

import java.util.Locale;

/**
 * Maps a node's refusal of a vote to a {@link VoteFailure}. steemd's messages are matched by their stable text
 * (steem_evaluator.cpp {@code hf20_vote_evaluator}, the RC plugin, chainbase's "unknown key"), never by the
 * JSON-RPC code, which is -32000 for nearly all chain errors.
 */
public final class VoteRejection {

    private VoteRejection() {
    }

    public static VoteFailure classify(String nodeMessage) {
        String m = nodeMessage.toLowerCase(Locale.ROOT);
        if (m.contains("identical to this vote") || m.contains("already voted in a similar way")) {
            return VoteFailure.ALREADY_VOTED_IDENTICALLY;
        }
        if (m.contains("maximum number of vote changes")) {
            return VoteFailure.VOTE_CHANGES_EXHAUSTED;
        }
        if (m.contains("once every 3 seconds")) {
            return VoteFailure.VOTE_INTERVAL;
        }
        if (m.contains("enough mana to vote") || m.contains("does not have enough mana")) {
            return VoteFailure.NOT_ENOUGH_MANA;
        }
        // "Account: x has 3205 RC, needs 4354 RC. Please wait to transact, or power up STEEM."
        if (m.contains(" rc, needs ") || m.contains("please wait to transact")) {
            return VoteFailure.NOT_ENOUGH_RC;
        }
        if (m.contains("actively being rewarded") || m.contains("after payout")
                || m.contains("within last twelve hours before payout")) {
            return VoteFailure.POST_PAID_OUT;
        }
        if (m.contains("votes are not allowed")) {
            return VoteFailure.VOTES_NOT_ALLOWED;
        }
        if (m.contains("unknown key") || m.contains("out_of_range")) {
            return VoteFailure.UNKNOWN_POST_OR_ACCOUNT;
        }
        if (m.contains("missing required posting authority") || m.contains("missing posting authority")) {
            return VoteFailure.MISSING_AUTHORITY;
        }
        return VoteFailure.REJECTED_BY_NODE;
    }
}
