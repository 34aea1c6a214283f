package org.steemdesk.chain.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.crypto.Signature;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.AccountCreateOperation;
import org.steemdesk.chain.protocol.ChainId;

/**
 * The 200 dsteem/steem-js vectors (shared/vectors/tx_vectors_seed1.jsonl), 100 fresh {@code --kinds wallet} vectors
 * (convert, routes, proxy, recovery account, account_update; mainnet and a test chain id) and steem-js's own
 * account_create anchor.
 */
class TransactionVectorsTest {
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    private static final HexFormat HEX = HexFormat.of();

    static Stream<JsonNode> vectors() throws IOException {
        List<JsonNode> lines = jsonLines("/vectors/tx_vectors_seed1.jsonl");
        assertThat(lines).hasSize(200);
        return Stream.concat(lines.stream(), walletVectors());
    }

    /** vectors.js --kinds wallet, seeds 1301 (mainnet) and 1302 (chain id 46d82ab7…); see vectors/README.md. */
    static Stream<JsonNode> walletVectors() throws IOException {
        List<JsonNode> lines = jsonLines("/vectors/wallet_vectors_seed1301_1302.jsonl");
        assertThat(lines).hasSize(100);
        return lines.stream();
    }

    static Stream<JsonNode> moreOperations() throws IOException {
        return jsonLines("/vectors/more_ops_dsteem.jsonl").stream();
    }

    private static List<JsonNode> jsonLines(String resource) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TransactionVectorsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).map(TransactionVectorsTest::parse).toList();
        }
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void serializationDigestAndIdMatchDsteem(JsonNode vector) throws IOException {
        Transaction tx = MAPPER.treeToValue(vector.get("tx"), Transaction.class);
        ChainId chainId = ChainId.fromHex(vector.get("chain_id").asText());

        assertThat(HEX.formatHex(tx.toBytes())).isEqualTo(vector.get("serialized_hex").asText());
        assertThat(HEX.formatHex(tx.digest(chainId))).isEqualTo(vector.get("digest_hex").asText());
        assertThat(tx.id()).isEqualTo(vector.get("tx_id").asText());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void jsonRoundTripIsLossless(JsonNode vector) throws IOException {
        Transaction tx = MAPPER.treeToValue(vector.get("tx"), Transaction.class);
        assertThat(asParsedTree(tx)).isEqualTo(vector.get("tx"));

        SignedTransaction signed = MAPPER.treeToValue(vector.get("signed_tx"), SignedTransaction.class);
        assertThat(signed.transaction()).isEqualTo(tx);
        assertThat(asParsedTree(signed)).isEqualTo(vector.get("signed_tx"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void requiredAuthoritiesMatchTheVector(JsonNode vector) throws IOException {
        Transaction tx = MAPPER.treeToValue(vector.get("tx"), Transaction.class);
        JsonNode required = vector.get("required");
        List<String> posting = tx.operations().stream()
                .flatMap(op -> op.requiredAuthorities().posting().stream()).map(Object::toString).distinct().sorted().toList();
        List<String> active = tx.operations().stream()
                .flatMap(op -> op.requiredAuthorities().active().stream()).map(Object::toString).distinct().sorted().toList();
        List<String> owner = tx.operations().stream()
                .flatMap(op -> op.requiredAuthorities().owner().stream()).map(Object::toString).distinct().sorted().toList();
        assertThat(posting).isEqualTo(texts(required.get("posting")));
        assertThat(active).isEqualTo(texts(required.get("active")));
        assertThat(owner).isEqualTo(texts(required.get("owner")));
    }

    /** Transaction.sign reproduces dsteem's signature byte for byte (RFC 6979 with dsteem's retry counter). */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("walletVectors")
    void walletTransactionsAreSignedExactlyAsDsteemSignsThem(JsonNode vector) throws IOException {
        Transaction tx = MAPPER.treeToValue(vector.get("tx"), Transaction.class);
        ChainId chainId = ChainId.fromHex(vector.get("chain_id").asText());
        PrivateKey key = PrivateKey.fromWif(vector.get("wif").asText());

        SignedTransaction signed = tx.sign(chainId, List.of(key));

        assertThat(asParsedTree(signed)).isEqualTo(vector.get("signed_tx"));
        Signature signature = signed.signatures().get(0);
        assertThat(signature.recoverPublicKey(tx.digest(chainId))).isEqualTo(PublicKey.fromString(vector.get("public_key").asText()));
    }

    @Test
    void walletVectorsCoverEveryWalletOperationAndBothChains() throws IOException {
        List<JsonNode> vectors = walletVectors().toList();
        assertThat(vectors).extracting(v -> v.get("kind").asText()).contains("convert", "set_withdraw_vesting_route",
                "account_witness_proxy", "change_recovery_account", "account_update", "multi_wallet");
        assertThat(vectors).extracting(v -> v.get("chain_id").asText()).contains(ChainId.MAINNET.toString(),
                "46d82ab7d8db682eb1959aed0ada039a6d49afa1602491f93dde9cac3e8e6c32");
        assertThat(vectors).anySatisfy(v -> assertThat(v.at("/required/owner")).isNotEmpty());
    }

    /** The JSON as a node would read it, so numbers compare by value rather than by Jackson's node class. */
    private static JsonNode asParsedTree(Object value) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    private static List<String> texts(JsonNode array) {
        return Stream.of(MAPPER.convertValue(array, String[].class)).distinct().sorted().toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("moreOperations")
    void operationsBeyondTheSeedVectorsMatchDsteem(JsonNode vector) throws IOException {
        Transaction tx = MAPPER.treeToValue(vector.get("tx"), Transaction.class);
        assertThat(HEX.formatHex(tx.toBytes())).isEqualTo(vector.get("serialized_hex").asText());
        assertThat(asParsedTree(tx)).isEqualTo(vector.get("tx"));
    }

    @Test
    void accountCreateAnchorFromSteemJs() throws IOException {
        JsonNode anchor;
        try (InputStream in = getClass().getResourceAsStream("/vectors/anchors.json")) {
            anchor = MAPPER.readTree(in).get("signed_transaction");
        }
        SignedTransaction signed = MAPPER.treeToValue(anchor.get("tx"), SignedTransaction.class);

        assertThat(signed.transaction().operations()).singleElement().isInstanceOf(AccountCreateOperation.class);
        // A signed_transaction on the wire is the transaction bytes plus the signature array (here empty: 00).
        assertThat(HEX.formatHex(signed.transaction().toBytes()) + "00").isEqualTo(anchor.get("signed_tx_hex").asText());
        assertThat(asParsedTree(signed)).isEqualTo(anchor.get("tx"));
    }
}
