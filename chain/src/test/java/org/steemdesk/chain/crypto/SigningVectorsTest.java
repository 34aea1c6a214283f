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
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 200 dsteem/steem-js vectors from shared/vectors (seed 1): keys, and signatures equal to dsteem's. */
class SigningVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        try (var in = Objects.requireNonNull(SigningVectorsTest.class.getResourceAsStream("/vectors/tx_vectors_seed1.jsonl"));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
                try {
                    return new Vector(i + 1, JSON.readTree(lines.get(i)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
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
