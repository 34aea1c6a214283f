package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 200 dsteem/steem-js vectors from shared/vectors (seed 1) and the further operations signed by dsteem: keys,
 * and signatures equal to dsteem's. {@code mvn verify} runs this class with each arithmetic (chain/pom.xml).
 */
class SigningVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** steem-js's published test key (anchors.json), which signed more_ops_dsteem_signed.jsonl. */
    private static final String ANCHOR_WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";

    record Vector(int line, JsonNode json) {
        String wif() {
            return json.get("wif").asText();
        }

        PublicKey publicKey() {
            return PublicKey.fromString(json.get("public_key").asText());
        }

        byte[] digest() {
            return HexFormat.of().parseHex(json.get("digest_hex").asText());
        }

        Signature dsteemSignature() {
            return Signature.fromHex(json.get("signed_tx").get("signatures").get(0).asText());
        }

        Signature steemJsSignature() {
            return Signature.fromHex(json.get("steemjs_signature").asText());
        }

        @Override
        public String toString() {
            return "line " + line + " (" + json.get("kind").asText() + ")";
        }
    }

    static Stream<Vector> vectors() {
        List<JsonNode> lines = jsonLines("/vectors/tx_vectors_seed1.jsonl");
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> new Vector(i + 1, lines.get(i)));
    }

    static Stream<JsonNode> moreOperationsSigned() {
        return jsonLines("/vectors/more_ops_dsteem_signed.jsonl").stream();
    }

    private static List<JsonNode> jsonLines(String resource) {
        try (var in = Objects.requireNonNull(SigningVectorsTest.class.getResourceAsStream(resource));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : reader.lines().filter(l -> !l.isBlank()).toList()) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void allTwoHundredVectorsAreThere() {
        assertThat(vectors()).hasSize(200);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void wifGivesTheVectorsPublicKey(Vector vector) {
        PrivateKey key = PrivateKey.fromWif(CharBuffer.wrap(vector.wif().toCharArray()));
        assertThat(key.publicKey()).isEqualTo(vector.publicKey());
        assertThat(key.publicKey().toString()).isEqualTo(vector.json().get("public_key").asText());
        assertThat(new String(key.toWif())).isEqualTo(vector.wif());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void ourSignatureIsDsteemsAndCanonicalAndRecoversTheKey(Vector vector) {
        PrivateKey key = PrivateKey.fromWif(vector.wif());
        byte[] digest = vector.digest();

        Signature signature = key.sign(digest);

        assertThat(signature).isEqualTo(vector.dsteemSignature());
        assertThat(signature.isCanonical()).isTrue();
        assertThat(signature.isLowS()).isTrue();
        assertThat(signature.isFcCanonical()).isTrue();
        assertThat(signature.recoverPublicKey(digest)).isEqualTo(vector.publicKey());
        assertThat(vector.publicKey().verify(digest, signature)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void steemJsSignatureVerifiesAndRecovers(Vector vector) {
        byte[] digest = vector.digest();
        Signature signature = vector.steemJsSignature();

        assertThat(signature.recoverPublicKey(digest)).isEqualTo(vector.publicKey());
        assertThat(vector.publicKey().verify(digest, signature)).isTrue();
        assertThat(signature.isCanonical()).isTrue();
    }

    @Test
    void everyFurtherOperationIsSignedOnBothChains() {
        assertThat(moreOperationsSigned()).hasSize(12);
    }

    @ParameterizedTest
    @MethodSource("moreOperationsSigned")
    void furtherOperationsAreSignedAsDsteemSignsThem(JsonNode vector) throws IOException {
        Transaction tx = SteemJson.mapper().treeToValue(vector.get("tx"), Transaction.class);
        PrivateKey key = PrivateKey.fromWif(ANCHOR_WIF);

        SignedTransaction signed = tx.sign(ChainId.fromHex(vector.get("chain_id").asText()), List.of(key));

        assertThat(signed.signatures()).containsExactly(Signature.fromHex(vector.get("signature").asText()));
    }

    @Test
    void anchorKeyFromSteemJsTests() throws IOException {
        JsonNode anchor;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/vectors/anchors.json"))) {
            anchor = JSON.readTree(in).get("key");
        }
        byte[] secret = HexFormat.of().parseHex(anchor.get("private_key_hex").asText());

        PrivateKey fromBytes = PrivateKey.fromBytes(secret);
        PrivateKey fromWif = PrivateKey.fromWif(anchor.get("wif").asText());

        assertThat(new String(fromBytes.toWif())).isEqualTo(anchor.get("wif").asText());
        assertThat(fromWif.bytes()).isEqualTo(secret);
        assertThat(fromBytes.publicKey().toString()).isEqualTo(anchor.get("public_key").asText());
        PublicKey nullKey = PublicKey.fromString(anchor.get("null_public_key").asText());
        assertThat(nullKey.isNullKey()).isTrue();
        assertThat(nullKey.toString()).isEqualTo(anchor.get("null_public_key").asText());
    }
}
