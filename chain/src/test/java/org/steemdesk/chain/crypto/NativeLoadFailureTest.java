package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM whose native library cannot load (here: the binding's temp directory does not exist, as on a locked-down
 * machine) still starts and signs, with Bouncy Castle, the same bytes. A separate JVM, because a JVM loads a native
 * library once and keeps it.
 */
class NativeLoadFailureTest {
    /** The published key from steem-js's own tests (shared/vectors/anchors.json); public test data. */
    static final String WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";
    static final byte[] DIGEST = Digests.sha256("steemdesk fallback".getBytes(StandardCharsets.US_ASCII));

    /** Run in the child JVM: prints which arithmetic signs, then a signature. */
    public static void main(String[] args) {
        System.out.println(Secp256k1.arithmeticName());
        System.out.println(PrivateKey.fromWif(WIF).sign(DIGEST).toHex());
    }

    @Test
    void aLibraryThatCannotLoadFallsBackToBouncyCastle(@TempDir Path dir) throws IOException, InterruptedException {
        Path missing = dir.resolve("no-such-directory");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dfr.acinq.secp256k1.tmpdir=" + missing,
                NativeLoadFailureTest.class.getName())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as("exit code; stderr: %s", Files.readString(dir.resolve("stderr.txt"))).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).containsExactly("Bouncy Castle", PrivateKey.fromWif(WIF).sign(DIGEST).toHex());
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain(WIF)
                .doesNotContain(HexFormat.of().formatHex(PrivateKey.fromWif(WIF).bytes()));
    }
}
