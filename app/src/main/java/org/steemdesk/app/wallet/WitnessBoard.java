package org.steemdesk.app.wallet;

import java.util.List;
import java.util.Optional;

/**
 * The witnesses by approval with the account's own votes marked, for the witness page and {@code witness list}.
 *
 * @param top             the witnesses by approval, highest first
 * @param votedOutsideTop the account's votes for witnesses not in {@code top}
 * @param votes           every witness the account votes for, by name
 * @param proxy           the account whose votes count for this one, if set (then its own votes are cleared)
 * @param maxVotes        the chain's limit on witness votes per account
 */
public record WitnessBoard(List<Entry> top, List<Entry> votedOutsideTop, List<String> votes, Optional<String> proxy,
                           int maxVotes) {

    /**
     * One witness. {@code approvalVests} is the approval behind it in raw VESTS units (10⁻⁶ VESTS).
     *
     * @param rank     1 for the witness with the most approval; 0 outside the top list
     * @param disabled the witness shut down (null signing key): it produces no blocks and a vote for it is idle
     */
    public record Entry(int rank, String owner, String url, long approvalVests, boolean disabled, boolean votedFor,
                        String runningVersion) {
    }

    public WitnessBoard {
        top = List.copyOf(top);
        votedOutsideTop = List.copyOf(votedOutsideTop);
        votes = List.copyOf(votes);
    }
}
