package org.steemdesk.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.cli.SteemdeskCommand;
import org.steemdesk.cli.Terminal;

/**
 * The training run for the command line's ahead-of-time cache (JDK 25+, {@code -XX:AOTCacheOutput}): runs the
 * commands a user times most, signing above all, on made-up input in a scratch directory, with the output thrown
 * away, so the cache holds the classes and profiles they need. Offline: the only node named is a closed loopback
 * port. The key is a throwaway one made from a fixed phrase, never a real account's.
 */
public final class CliTraining {
    /** Enough transactions for the signing loop's methods to be profiled and compiled during training. */
    static final int VOTES = 1500;
    private static final String NO_NODE = "http://127.0.0.1:9";

    private CliTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("steemdesk-aot-training");
        try {
            for (List<String> command : commands(scratch)) {
                run(command);
            }
        } finally {
            delete(scratch);
        }
        System.exit(0);
    }

    static List<List<String>> commands(Path scratch) throws IOException {
        Path key = scratch.resolve("key.wif");
        char[] wif = PrivateKey.fromSeed("steemdesk aot training, not a real key".getBytes(StandardCharsets.UTF_8))
                .toWif();
        try {
            Files.writeString(key, new String(wif) + "\n");
        } finally {
            Arrays.fill(wif, '\0');
        }
        Path votes = scratch.resolve("votes.jsonl");
        Files.write(votes, votes(VOTES));
        Path one = scratch.resolve("tx.json");
        Files.writeString(one, votes(1).get(0));
        String data = scratch.resolve("data").toString();
        return List.of(
                List.of("--version"),
                List.of("--help"),
                List.of("tx", "inspect", one.toString()),
                List.of("tx", "sign", "--wif-file", key.toString(), votes.toString()),
                List.of("--node", NO_NODE, "--data-dir", data, "keys", "list"),
                List.of("--node", NO_NODE, "--data-dir", data, "queue", "list"));
    }

    private static List<String> votes(int count) {
        var lines = new ArrayList<String>(count);
        Instant expiration = Instant.parse("2030-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            lines.add("{\"ref_block_num\":" + (i & 0xffff) + ",\"ref_block_prefix\":" + (1_000_003L * i % 4_294_967_296L)
                    + ",\"expiration\":\"" + expiration.plusSeconds(i).toString().replace("Z", "")
                    + "\",\"operations\":[[\"vote\",{\"voter\":\"alice\",\"author\":\"kimchi\",\"permlink\":\"post-" + i
                    + "\",\"weight\":" + (10_000 - i % 20_000) + "}]],\"extensions\":[]}");
        }
        return lines;
    }

    /** Runs one command with no input and its output thrown away; its exit code. */
    static int run(List<String> command) {
        var nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        var terminal = new Terminal(new ByteArrayInputStream(new byte[0]), nowhere, nowhere, null);
        return SteemdeskCommand.run(command.toArray(String[]::new), terminal);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
