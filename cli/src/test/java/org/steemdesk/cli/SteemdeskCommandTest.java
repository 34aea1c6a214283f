package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.crypto.Signature;

class SteemdeskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode anchors;
    private static List<JsonNode> vectors;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        anchors = JSON.readTree(resource("/vectors/anchors.json"));
        vectors = resource("/vectors/tx_vectors_head20.jsonl").lines().map(CliRunJson::parse).toList();
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("steemdesk ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("tx", "keys", "--node", "--data-dir", "--chain-id", "--json");
    }

    @Test
    void unknownCommandIsOneLineAndUsageExitCode() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("steemdesk: ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void publicKeyOfAWifFile() throws IOException {
        Path wif = write("key.wif", anchors.at("/key/wif").asText() + "\n");
        CliRun run = CliRun.of("keys", "public", "--wif-file", wif.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(anchors.at("/key/public_key").asText());
    }

    @Test
    void malformedWifIsAClearErrorThatDoesNotEchoTheFile() throws IOException {
        String almost = anchors.at("/key/wif").asText().replace('F', 'G');
        Path wif = write("bad.wif", almost);
        CliRun run = CliRun.of("keys", "public", "--wif-file", wif.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("steemdesk: ").contains("WIF").doesNotContain(almost, "\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void missingKeyFile() {
        CliRun run = CliRun.of("keys", "public", "--wif-file", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("key file not found");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun run = CliRun.of("--debug", "keys", "public", "--wif-file", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void inspectPrintsIdBytesAndDigestPerLine() throws IOException {
        StringBuilder input = new StringBuilder();
        vectors.forEach(v -> input.append(v.get("tx")).append('\n'));
        CliRun run = CliRun.withInput(input.toString(), "tx", "inspect", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(vectors.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = CliRunJson.parse(lines.get(i));
            assertThat(line.fieldNames()).toIterable().containsExactly("tx_id", "serialized_hex", "digest_hex");
            assertThat(line.get("tx_id").asText()).isEqualTo(vectors.get(i).get("tx_id").asText());
            assertThat(line.get("serialized_hex").asText()).isEqualTo(vectors.get(i).get("serialized_hex").asText());
            assertThat(line.get("digest_hex").asText()).isEqualTo(vectors.get(i).get("digest_hex").asText());
        }
    }

    @Test
    void chainIdIsGlobalBeforeOrAfterTheCommand() throws IOException {
        String chain = "46d82ab7d8db682eb1959aed0ada039a6d49afa1602491f93dde9cac3e8e6c32";
        Path tx = write("tx.json", vectors.get(0).get("tx").toPrettyString());
        CliRun before = CliRun.of("--chain-id", chain, "tx", "inspect", tx.toString());
        CliRun after = CliRun.of("tx", "inspect", "--chain-id", chain, tx.toString());
        CliRun mainnet = CliRun.of("tx", "inspect", tx.toString());
        assertThat(before.out()).isEqualTo(after.out()).isNotEqualTo(mainnet.out());
    }

    @Test
    void signedTransactionsRecoverToTheKeyAndKeepTheirJson() throws IOException {
        for (JsonNode vector : vectors.subList(0, 5)) {
            Path wif = write("k.wif", vector.get("wif").asText());
            Path tx = write("tx.json", vector.get("tx").toString());
            CliRun run = CliRun.of("tx", "sign", "--wif-file", wif.toString(), tx.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode signed = CliRunJson.parse(run.out().strip());
            // dsteem's nonce loop is deterministic, so the very same signature is expected.
            assertThat(signed).isEqualTo(vector.get("signed_tx"));
            Signature signature = Signature.fromHex(signed.at("/signatures/0").asText());
            byte[] digest = HexFormat.of().parseHex(vector.get("digest_hex").asText());
            assertThat(signature.recoverPublicKey(digest))
                    .isEqualTo(PublicKey.fromString(vector.get("public_key").asText()));
        }
    }

    /** A batch over two chunks of the parallel signing comes out whole, in the input's order, each line signed. */
    @Test
    void aLargeBatchKeepsItsOrder() throws IOException {
        StringBuilder input = new StringBuilder();
        List<JsonNode> txs = new java.util.ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            JsonNode tx = vectors.get(i % vectors.size()).get("tx");
            txs.add(tx);
            input.append(tx).append('\n');
        }
        JsonNode vector = vectors.get(0);
        Path wif = write("k.wif", vector.get("wif").asText());
        CliRun run = CliRun.withInput(input.toString(), "tx", "sign", "--wif-file", wif.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(txs.size());
        for (int i = 0; i < lines.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode signed =
                    (com.fasterxml.jackson.databind.node.ObjectNode) CliRunJson.parse(lines.get(i));
            JsonNode signatures = signed.remove("signatures");
            assertThat(signatures).as("line %d", i).hasSize(txs.get(i).path("signatures").size() + 1);
            com.fasterxml.jackson.databind.node.ObjectNode expected = txs.get(i).deepCopy();
            expected.remove("signatures");
            assertThat(signed).as("line %d", i).isEqualTo(expected);
        }
        JsonNode first = CliRunJson.parse(lines.get(0));
        Signature signature = Signature.fromHex(first.at("/signatures/" + (first.get("signatures").size() - 1)).asText());
        byte[] digest = HexFormat.of().parseHex(vector.get("digest_hex").asText());
        assertThat(signature.recoverPublicKey(digest)).isEqualTo(PublicKey.fromString(vector.get("public_key").asText()));
    }

    @Test
    void aBrokenTransactionNamesItsNumber() {
        CliRun run = CliRun.withInput(vectors.get(0).get("tx") + "\n{\"ref_block_num\": 1}\n", "tx", "inspect");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("steemdesk: transaction 2 ").doesNotContain("Exception");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SteemdeskCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
