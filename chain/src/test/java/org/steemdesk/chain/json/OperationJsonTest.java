package org.steemdesk.chain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.AccountUpdateOperation;
import org.steemdesk.chain.operation.Beneficiary;
import org.steemdesk.chain.operation.ChangeRecoveryAccountOperation;
import org.steemdesk.chain.operation.CommentOptionsOperation;
import org.steemdesk.chain.operation.ConvertOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.UnknownOperation;
import org.steemdesk.chain.operation.VoteOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
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
        assertThat(mapper.<JsonNode>valueToTree(op)).isEqualTo(mapper.readTree(json));
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

    @Test
    void changeRecoveryAccountWritesEmptyExtensionsAndRefusesUnknownOnes() throws IOException {
        ChangeRecoveryAccountOperation op = new ChangeRecoveryAccountOperation(AccountName.of("alice"), AccountName.of("bob"));
        String json = "[\"change_recovery_account\",{\"account_to_recover\":\"alice\",\"new_recovery_account\":\"bob\","
                + "\"extensions\":[]}]";

        assertThat(mapper.writeValueAsString(op)).isEqualTo(json);
        assertThat(mapper.readValue(json, Operation.class)).isEqualTo(op);
        assertThat(mapper.readValue("[\"change_recovery_account\",{\"account_to_recover\":\"alice\","
                + "\"new_recovery_account\":\"bob\"}]", Operation.class)).isEqualTo(op);
        assertThatThrownBy(() -> mapper.readValue("[\"change_recovery_account\",{\"account_to_recover\":\"alice\","
                + "\"new_recovery_account\":\"bob\",\"extensions\":[[0,{}]]}]", Operation.class))
                .hasMessageContaining("change_recovery_account.extensions: unsupported extension");
    }

    @Test
    void convertIsReadInTheAppbaseFormWithANaiAmount() throws IOException {
        Operation op = mapper.readValue("{\"type\":\"convert_operation\",\"value\":{\"owner\":\"alice\","
                + "\"requestid\":\"4294967295\",\"amount\":{\"amount\":\"5000\",\"precision\":3,\"nai\":\"@@000000013\"}}}",
                Operation.class);

        assertThat(op).isEqualTo(new ConvertOperation(AccountName.of("alice"), 4294967295L,
                org.steemdesk.chain.protocol.Asset.parse("5.000 SBD")));
        assertThat(mapper.writeValueAsString(op))
                .isEqualTo("[\"convert\",{\"owner\":\"alice\",\"requestid\":4294967295,\"amount\":\"5.000 SBD\"}]");
    }

    @Test
    void accountUpdateLeavesAbsentAuthoritiesOutAndSortsKeysByTheirBytes() throws IOException {
        PublicKey low = PublicKey.fromString("STM5qzuhsA9meu8Npm1N8zWCmv7peU5bqRatm8naDBXJh51Y7Vdoa");
        PublicKey high = PublicKey.fromString("STM85gy2uQQxVeEeuT32fMQ48LD7zrWDpkMhckKEmTqZDGKVQh1XM");
        Authority posting = new Authority(1, java.util.Map.of(AccountName.of("zed"), 1, AccountName.of("busy.app"), 1),
                java.util.Map.of(high, 1, low, 2));
        AccountUpdateOperation op = new AccountUpdateOperation(AccountName.of("alice"), Optional.empty(),
                Optional.empty(), Optional.of(posting), PublicKey.fromString("STM1111111111111111111111111111111114T1Anm"), "");

        String json = mapper.writeValueAsString(op);

        assertThat(json).doesNotContain("\"owner\"").doesNotContain("\"active\"").contains("\"account_auths\":[[\"busy.app\",1],[\"zed\",1]]");
        assertThat(java.util.Arrays.compareUnsigned(low.compressed(), high.compressed())).isNegative();
        assertThat(json).contains("\"key_auths\":[[\"" + low + "\",2],[\"" + high + "\",1]]");
        assertThat(mapper.readValue(json, Operation.class)).isEqualTo(op);
        assertThat(op.requiredAuthorities().active()).containsExactly(AccountName.of("alice"));
    }
}
