package org.steemdesk.chain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.operation.Beneficiary;
import org.steemdesk.chain.operation.CommentOptionsOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.UnknownOperation;
import org.steemdesk.chain.operation.VoteOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.transaction.Transaction;

class OperationJsonTest {
    private final ObjectMapper mapper = SteemJson.mapper();

    @Test
    void virtualOperationsFromHistoryAreKeptAsTheyCame() throws IOException {
        String json = "[\"curation_reward\",{\"curator\":\"alice\",\"reward\":\"12.345678 VESTS\","
                + "\"comment_author\":\"bob\",\"comment_permlink\":\"p\",\"payout_must_be_claimed\":true}]";
        Operation op = mapper.readValue(json, Operation.class);

        assertThat(op).isInstanceOf(UnknownOperation.class);
        assertThat(op.name()).isEqualTo("curation_reward");
        assertThat(op.wireId()).isEqualTo(UnknownOperation.NO_WIRE_ID);
        assertThat(mapper.readTree(mapper.writeValueAsString(op))).isEqualTo(mapper.readTree(json));
        assertThat((JsonNode) mapper.valueToTree(op)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void anUnknownOperationCannotBeSerializedForSigning() throws IOException {
        Operation op = mapper.readValue("[\"producer_reward\",{\"producer\":\"w\"}]", Operation.class);
        Transaction tx = new Transaction(1, 2, Instant.parse("2030-01-01T00:00:00Z"), List.of(op));

        assertThatThrownBy(tx::toBytes).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"producer_reward\" is not supported");
    }

    @Test
    void theAppbaseTypeValueFormIsReadToo() throws IOException {
        Operation op = mapper.readValue("{\"type\":\"vote_operation\",\"value\":{\"voter\":\"alice\",\"author\":\"bob\","
                + "\"permlink\":\"p\",\"weight\":\"-2500\"}}", Operation.class);

        assertThat(op).isEqualTo(new VoteOperation(AccountName.of("alice"), AccountName.of("bob"),
                org.steemdesk.chain.protocol.Permlink.of("p"), -2500));
        assertThat(mapper.writeValueAsString(op))
                .isEqualTo("[\"vote\",{\"voter\":\"alice\",\"author\":\"bob\",\"permlink\":\"p\",\"weight\":-2500}]");
    }

    @Test
    void beneficiariesAreReadInBothExtensionForms() throws IOException {
        String body = "\"author\":\"alice\",\"permlink\":\"p\",\"max_accepted_payout\":{\"amount\":\"1000\",\"precision\":3,"
                + "\"nai\":\"@@000000013\"},\"percent_steem_dollars\":10000,\"allow_votes\":true,\"allow_curation_rewards\":true,";
        CommentOptionsOperation appbase = mapper.readValue("{\"type\":\"comment_options_operation\",\"value\":{" + body
                + "\"extensions\":[{\"type\":\"comment_payout_beneficiaries\",\"value\":{\"beneficiaries\":"
                + "[{\"account\":\"bob\",\"weight\":1000}]}}]}}", CommentOptionsOperation.class);
        CommentOptionsOperation condenser = mapper.readValue("[\"comment_options\",{" + body
                + "\"extensions\":[[0,{\"beneficiaries\":[{\"account\":\"bob\",\"weight\":1000}]}]]}]",
                CommentOptionsOperation.class);

        assertThat(appbase).isEqualTo(condenser);
        assertThat(condenser.beneficiaries()).containsExactly(new Beneficiary(AccountName.of("bob"), 1000));
        assertThat(mapper.writeValueAsString(condenser)).contains(
                "\"extensions\":[[0,{\"beneficiaries\":[{\"account\":\"bob\",\"weight\":1000}]}]]");
    }

    @Test
    void badInputNamesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> mapper.readValue("[\"vote\",{\"voter\":\"alice\",\"permlink\":\"p\",\"weight\":1}]",
                Operation.class)).hasMessageContaining("vote.author: expected a string, got nothing");
        assertThatThrownBy(() -> mapper.readValue("[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1 STEEM\","
                + "\"memo\":\"\"}]", Operation.class)).hasMessageContaining("transfer.amount");
        assertThatThrownBy(() -> mapper.readValue("[\"vote\",{\"voter\":\"Alice\",\"author\":\"bob\",\"permlink\":\"p\","
                + "\"weight\":1}]", Operation.class)).hasMessageContaining("vote.voter").hasMessageContaining("Alice");
        assertThatThrownBy(() -> mapper.readValue("{\"op\":1}", Operation.class))
                .hasMessageContaining("an operation must be");
        assertThatThrownBy(() -> mapper.readValue("[\"transfer\",{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"1.000 STEEM\","
                + "\"memo\":\"\"}]", VoteOperation.class)).hasMessageContaining("expected VoteOperation");
    }

    @Test
    void transactionIntegersMayArriveAsStrings() throws IOException {
        Transaction tx = mapper.readValue("{\"ref_block_num\":\"513\",\"ref_block_prefix\":\"4294967295\","
                + "\"expiration\":\"2030-01-01T00:00:00\",\"operations\":[],\"extensions\":[]}", Transaction.class);

        assertThat(tx.refBlockNum()).isEqualTo(513);
        assertThat(tx.refBlockPrefix()).isEqualTo(4294967295L);
        JsonNode written = mapper.valueToTree(tx);
        assertThat(written.get("ref_block_prefix").asLong()).isEqualTo(4294967295L);
    }

    @Test
    void transactionExtensionsMustBeEmpty() {
        assertThatThrownBy(() -> mapper.readValue("{\"ref_block_num\":1,\"ref_block_prefix\":2,"
                + "\"expiration\":\"2030-01-01T00:00:00\",\"operations\":[],\"extensions\":[[1,{}]]}", Transaction.class))
                .hasMessageContaining("no transaction extensions");
    }
}
