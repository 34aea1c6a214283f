package org.steemdesk.app.rewards;

import java.time.Clock;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.vote.PostLookup;
import org.steemdesk.app.vote.PostTiming;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteSigner;

/**
 * A {@link VoteSigner} that also records, in {@link VoteRecords}, what the vote is expected to do (payout change,
 * curation reward) and how old its post is. The flusher asks for a signature just before it sends, while the voter's
 * mana is still untouched by this vote, which is the moment the estimate means "value at voting time". A scheduled
 * vote's estimate and post come from the chain state fetched a few seconds ahead ({@code VoteLookahead}), so the
 * send waits for no read.
 */
public record RecordingVoteSigner(VoteSigner signer, VoteEstimator estimator, PostLookup posts, VoteRecords records,
                                  Clock clock) implements VoteSigner {

    @Override
    public Optional<SignedTransactionData> sign(VoteIntent intent) throws NodeUnreachableException {
        Optional<SignedTransactionData> signed = signer.sign(intent);
        if (signed.isPresent()) {
            Optional<VoteExpectation> expected = estimate(intent);
            records.record(new VoteRecord(intent.id(), expected.map(VoteExpectation::payoutChange),
                    postCreated(intent), clock.instant(), expected.map(VoteExpectation::curationReward)));
        }
        return signed;
    }

    /** Analytics must never hold a vote back: what cannot be looked up now is simply not recorded. */
    private Optional<VoteExpectation> estimate(VoteIntent intent) {
        try {
            return Optional.of(estimator.estimate(intent));
        } catch (NodeUnreachableException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<java.time.Instant> postCreated(VoteIntent intent) {
        try {
            return posts.timing(intent.author(), intent.permlink()).map(PostTiming::created);
        } catch (NodeUnreachableException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
