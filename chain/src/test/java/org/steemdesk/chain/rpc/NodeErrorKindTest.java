package org.steemdesk.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.chain.json.SteemJson;

/** Errors known only by their text (FACTS.md) are classified from the text, not the code. */
class NodeErrorKindTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();

    /** The real envelope of a rejected broadcast with another message and data name put in. */
    static NodeErrorException chainError(String message, String name) {
        JsonNode error = Fixtures.load("condenser_api/broadcast_transaction_synchronous-error-vote-weight-over-100pct.json")
                .at("/response/error").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) error).put("message", message);
        ((com.fasterxml.jackson.databind.node.ObjectNode) error.get("data")).put("name", name);
        return NodeErrorException.fromJson(error);
    }

    @Test
    void duplicateTransactionIsRecognised() {
        NodeErrorException e = chainError("Assert Exception:(skip & skip_transaction_dupe_check) || "
                + "trx_idx.indices().get<by_trx_id>().find(trx_id) == trx_idx.indices().get<by_trx_id>().end(): "
                + "Duplicate transaction check failed", "assert_exception");
        assertThat(e.isDuplicateTransaction()).isTrue();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.code()).isEqualTo(-32000);
        assertThat(e.dataName()).contains("assert_exception");
    }

    @Test
    void chainRejectionsAreDeterministic() {
        assertThat(chainError("missing required active authority:Missing Active Authority peneinc", "tx_missing_active_auth")
                .kind()).isEqualTo(NodeErrorKind.MISSING_AUTHORITY);
        assertThat(chainError("transaction expiration exception:", "transaction_expiration_exception").kind())
                .isEqualTo(NodeErrorKind.TRANSACTION_EXPIRED);
        assertThat(chainError("transaction tapos exception:", "transaction_tapos_exception").kind())
                .isEqualTo(NodeErrorKind.TAPOS_MISMATCH);
        assertThat(chainError("unknown key:unknown key: ", "St12out_of_range").kind()).isEqualTo(NodeErrorKind.UNKNOWN_KEY);
        assertThat(chainError("Assert Exception:vote.vote_percent != o.weight: You have already voted in a similar way.",
                "assert_exception").kind()).isEqualTo(NodeErrorKind.VOTE_IDENTICAL);
        assertThat(chainError("Assert Exception:o.weight != 0: Vote weight cannot be 0.", "assert_exception").kind())
                .isEqualTo(NodeErrorKind.ASSERT_FAILED);
        assertThat(NodeErrorKind.values()).filteredOn(NodeErrorKind::isTransient)
                .containsExactlyInAnyOrder(NodeErrorKind.PROXY_INTERNAL_ERROR, NodeErrorKind.PROXY_TIMEOUT,
                        NodeErrorKind.NODE_BUSY);
    }

    @Test
    void hivemindDataIsAPlainString() throws Exception {
        NodeErrorException e = NodeErrorException.fromJson(Fixtures.load(
                "condenser_api/get_account_votes-error-hivemind-invalid-parameters-2020.json").at("/response/error"));
        assertThat(e.data().isTextual()).isTrue();
        assertThat(e.dataName()).isEmpty();
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void codeAloneDecidesNothing() throws Exception {
        JsonNode error = MAPPER.readTree("{\"code\":-32603,\"message\":\"missing required posting authority:"
                + "Missing Posting Authority alice\",\"data\":{\"name\":\"tx_missing_posting_auth\"}}");
        assertThat(NodeErrorException.fromJson(error).kind()).isEqualTo(NodeErrorKind.MISSING_AUTHORITY);
    }

    // steemd's refusals of a vote, as quoted in shared/oracle/FACTS.md and shared/fixtures/README.md; the app reads
    // the kind and never the text.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Assert Exception:itr->vote_percent != o.weight: Your current vote on this comment is identical to this vote.|VOTE_IDENTICAL",
            "Assert Exception:vote.vote_percent != o.weight: You have already voted in a similar way.|VOTE_IDENTICAL",
            "Assert Exception:itr->num_changes < STEEM_MAX_VOTE_CHANGES: Voter has used the maximum number of vote changes on this comment.|VOTE_CHANGES_EXHAUSTED",
            "Assert Exception:elapsed_seconds >= STEEM_MIN_VOTE_INTERVAL_SEC: Can only vote once every 3 seconds.|VOTE_INTERVAL",
            "Assert Exception:voter.voting_manabar.has_mana( used_mana.to_uint64() ): Account does not have enough mana to vote.|NOT_ENOUGH_MANA",
            "Account: itsolutions has 32055662834 RC, needs 435422517 RC. Please wait to transact, or power up STEEM.|NOT_ENOUGH_RC",
            "Assert Exception:_db.head_block_time() < comment.cashout_time: Comment is actively being rewarded. Cannot vote on comment.|PAYOUT_WINDOW_CLOSED",
            "Assert Exception:comment.allow_votes: Votes are not allowed on the comment.|VOTES_NOT_ALLOWED",
            "unknown key:unknown key: |UNKNOWN_KEY",
            "missing required posting authority:Missing Posting Authority alice|MISSING_AUTHORITY",
            "Assert Exception:o.weight != 0: Vote weight cannot be 0.|ASSERT_FAILED",
            "Assert Exception:(skip & skip_transaction_dupe_check): Duplicate transaction check failed|DUPLICATE_TRANSACTION",
            "transaction expiration exception:|TRANSACTION_EXPIRED",
            "transaction tapos exception:|TAPOS_MISMATCH"})
    void aStoredMessageGetsTheKindItsErrorHad(String message, NodeErrorKind expected) {
        assertThat(NodeErrorKind.ofMessage(message)).isEqualTo(expected);
    }
}
