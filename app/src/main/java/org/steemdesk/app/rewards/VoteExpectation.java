package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * What a vote was expected to do when it was sent, kept to set against what it earned: its payout change (SBD) and
 * the curation reward it was expected to bring (STEEM, paid as SP) with the weight steemd records for it.
 */
public record VoteExpectation(Asset payoutChange, Asset curationReward, String curationWeight) {
    public VoteExpectation {
        Objects.requireNonNull(payoutChange, "payoutChange");
        Objects.requireNonNull(curationReward, "curationReward");
        Objects.requireNonNull(curationWeight, "curationWeight");
        if (curationReward.symbol() != AssetSymbol.STEEM) {
            throw new IllegalArgumentException("a curation reward is counted in STEEM, got " + curationReward);
        }
    }

    public static VoteExpectation of(VoteEstimate e) {
        return new VoteExpectation(e.payoutChange(), e.curationReward(), e.curationWeight().toString());
    }
}
