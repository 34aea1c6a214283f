package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.time.Instant;
import org.steemdesk.chain.protocol.Asset;

/**
 * One vote of a given weight cast at {@code at} (a head block time), as steemd would apply it.
 *
 * @param ageSeconds            the post's age then: head block time − created
 * @param usedMana              mana the vote spends
 * @param rshares               the rshares steemd records for it (negative for a downvote)
 * @param payoutAfter           the post's payout (SBD) with the vote, as condenser shows it, capped at the author's
 *                              max_accepted_payout
 * @param payoutChange          payout after − payout before (negative for a downvote)
 * @param curationWeight        the {@code weight} steemd records for the vote: W(R after) − W(R before), scaled by
 *                              min(age, reverse auction) / reverse auction; 0 for downvotes and vote changes
 * @param maxCurationWeight     the undiscounted W(R after) − W(R before), what total_vote_weight grows by
 * @param totalVoteWeightAfter  the post's total_vote_weight with the vote
 * @param curationReward        the curation reward (STEEM, paid as SP) if the post paid out in this state with
 *                              today's fund: curation share of the payout × weight / total_vote_weight
 * @param curationRewardValue   the same in SBD at the median price
 */
public record VoteFigures(Instant at, long ageSeconds, long usedMana, long rshares, Asset payoutAfter,
                          Asset payoutChange, BigInteger curationWeight, BigInteger maxCurationWeight,
                          BigInteger totalVoteWeightAfter, Asset curationReward, Asset curationRewardValue) {
}
