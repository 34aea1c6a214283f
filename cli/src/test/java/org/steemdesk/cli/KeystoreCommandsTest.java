package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore commands that need no node: derivation, memos, and what they refuse. */
class KeystoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void derivePrintsTheFourPublicKeysAsDsteemDerivesThem() {
        // Values from ../shared/oracle: keys.js login-all alice P5alice-oracle-test-pass
        CliRun run = CliRun.withInput("P5alice-oracle-test-pass\n", "keys", "derive", "alice", "--password-stdin");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"owner\":\"STM87QAspA9favDtM6Ai72df1U3Nd6vMs8bJyNkTMzfw2j4g8oSrS\","
                + "\"active\":\"STM5Yg4GEYCykwNwdFbKR5pUKniAVFAHpHmHYf1qyhPBH7f43XTTT\","
                + "\"posting\":\"STM6cbXvZVHYLJDfCM88b7GeJCgoiZLaHLxZodu9buoUguxRLJAkV\","
                + "\"memo\":\"STM8eMPqzusetVnTboqg1D2i9mc4ugLiUchRQErwyy6HBfMpH3DbW\"}");
    }

    @Test
    void aWifWhereThePasswordGoesIsRefusedWithoutEchoingIt() {
        String wif = "5HxTvqdQcgz8wnFJWC8qsXBj4C4XpwBD2mTtVxP7rxVYoSnwH2i";
        CliRun run = CliRun.withInput(wif + "\n", "keys", "derive", "alice", "--password-stdin");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("steemdesk: ").doesNotContain(wif);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noTerminalAndNoStdinOptionIsAClearError() {
        CliRun run = CliRun.of("keys", "derive", "alice");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--password-stdin");
    }

    @Test
    void memosFromSteemJsDecryptAndOursRoundTrip() throws IOException {
        for (JsonNode vector : memoVectors()) {
            Path to = write("to.wif", vector.get("to_wif").asText());
            Path from = write("from.wif", vector.get("from_wif").asText());
            String plaintext = vector.get("plaintext").asText();

            CliRun decrypted = CliRun.of("memo", "decrypt", "--wif-file", to.toString(), vector.get("encoded").asText());
            assertThat(decrypted.exitCode()).as(decrypted.err()).isZero();
            assertThat(decrypted.out()).isEqualTo(plaintext + "\n");

            CliRun encrypted = CliRun.withInput(plaintext + "\n", "memo", "encrypt", "--wif-file", from.toString(),
                    "--to", vector.get("to_pub").asText(), "-");
            assertThat(encrypted.exitCode()).as(encrypted.err()).isZero();
            String memo = encrypted.out().strip();
            assertThat(memo).startsWith("#").isNotEqualTo(vector.get("encoded").asText());
            CliRun back = CliRun.of("memo", "decrypt", "--wif-file", from.toString(), memo);
            assertThat(back.out()).isEqualTo(plaintext + "\n");
        }
    }

    @Test
    void aMemoForSomeoneElseIsAClearError() throws IOException {
        List<JsonNode> vectors = memoVectors();
        Path stranger = write("other.wif", vectors.get(1).get("to_wif").asText());
        CliRun run = CliRun.of("memo", "decrypt", "--wif-file", stranger.toString(), vectors.get(0).get("encoded").asText());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("steemdesk: ").doesNotContain("\tat ");
    }

    @Test
    void keysListWithoutAVaultSaysHowToStart() {
        CliRun run = CliRun.of("--data-dir", dir.resolve("data").toString(), "keys", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("keys login");
        CliRun json = CliRun.of("--data-dir", dir.resolve("data").toString(), "--json", "keys", "list");
        assertThat(json.out().strip()).isEqualTo("[]");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content + "\n", StandardCharsets.UTF_8);
    }

    private static List<JsonNode> memoVectors() throws IOException {
        try (InputStream in = KeystoreCommandsTest.class.getResourceAsStream("/vectors/memo_vectors_head8.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(CliRunJson::parse).toList();
        }
    }
}
