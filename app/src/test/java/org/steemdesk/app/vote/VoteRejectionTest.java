package org.steemdesk.app.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteRejectionTest {

    // Message texts from steemd's evaluator as quoted in shared/oracle/FACTS.md and shared/fixtures/README.md.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Assert Exception:itr->vote_percent != o.weight: Your current vote on this comment is identical to this vote.|ALREADY_VOTED_IDENTICALLY",
            "Assert Exception:vote.vote_percent != o.weight: You have already voted in a similar way.|ALREADY_VOTED_IDENTICALLY",
            "Assert Exception:itr->num_changes < STEEM_MAX_VOTE_CHANGES: Voter has used the maximum number of vote changes on this comment.|VOTE_CHANGES_EXHAUSTED",
            "Assert Exception:elapsed_seconds >= STEEM_MIN_VOTE_INTERVAL_SEC: Can only vote once every 3 seconds.|VOTE_INTERVAL",
            "Assert Exception:voter.voting_manabar.has_mana( used_mana.to_uint64() ): Account does not have enough mana to vote.|NOT_ENOUGH_MANA",
            "Account: itsolutions has 32055662834 RC, needs 435422517 RC. Please wait to transact, or power up STEEM.|NOT_ENOUGH_RC",
            "Assert Exception:_db.head_block_time() < comment.cashout_time: Comment is actively being rewarded. Cannot vote on comment.|POST_PAID_OUT",
            "Assert Exception:comment.allow_votes: Votes are not allowed on the comment.|VOTES_NOT_ALLOWED",
            "unknown key:unknown key: |UNKNOWN_POST_OR_ACCOUNT",
            "missing required posting authority:Missing Posting Authority alice|MISSING_AUTHORITY",
            "Assert Exception:o.weight != 0: Vote weight cannot be 0.|REJECTED_BY_NODE"})
    void mapsNodeMessagesToReasonCodes(String message, VoteFailure expected) {
        assertThat(VoteRejection.classify(message)).isEqualTo(expected);
    }
}
