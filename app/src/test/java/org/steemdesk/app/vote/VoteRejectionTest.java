package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.chain.rpc.NodeErrorKind;

/** The chain module reads steemd's texts into kinds (NodeErrorKindTest); the queue reads only the kinds. */
class VoteRejectionTest {

    @ParameterizedTest
    @CsvSource({
            "VOTE_IDENTICAL, ALREADY_VOTED_IDENTICALLY",
            "VOTE_CHANGES_EXHAUSTED, VOTE_CHANGES_EXHAUSTED",
            "VOTE_INTERVAL, VOTE_INTERVAL",
            "NOT_ENOUGH_MANA, NOT_ENOUGH_MANA",
            "NOT_ENOUGH_RC, NOT_ENOUGH_RC",
            "PAYOUT_WINDOW_CLOSED, POST_PAID_OUT",
            "VOTES_NOT_ALLOWED, VOTES_NOT_ALLOWED",
            "UNKNOWN_KEY, UNKNOWN_POST_OR_ACCOUNT",
            "MISSING_AUTHORITY, MISSING_AUTHORITY",
            "ASSERT_FAILED, REJECTED_BY_NODE",
            "OTHER, REJECTED_BY_NODE"})
    void mapsNodeErrorKindsToReasonCodes(NodeErrorKind kind, VoteFailure expected) {
        assertThat(VoteRejection.classify(kind)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Assert Exception:voter.voting_manabar.has_mana( used_mana.to_uint64() ): Account does not have enough mana to vote.|NOT_ENOUGH_MANA",
            "Account: itsolutions has 32055662834 RC, needs 435422517 RC. Please wait to transact, or power up STEEM.|NOT_ENOUGH_RC",
            "Assert Exception:o.weight != 0: Vote weight cannot be 0.|REJECTED_BY_NODE"})
    void aRefusalStoredBeforeKindsWereGetsTheSameReason(String message, VoteFailure expected) {
        assertThat(VoteRejection.classify(NodeErrorKind.ofMessage(message))).isEqualTo(expected);
    }
}
