package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in a JVM of its own, as a CLI run does (a JVM loads a native library once and keeps it): a JVM whose
 * native library cannot load still signs the same bytes with Bouncy Castle, and one that signs with libsecp256k1
 * loads none of Bouncy Castle's elliptic-curve code (each class from its signed jar costs a CLI run a digest).
 */
class FreshJvmSigningTest {
    /** The published key from steem-js's own tests (shared/vectors/anchors.json); public test data. */
    static final String WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";
    static final byte[] DIGEST = Digests.sha256("steemdesk fallback".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    /** Run in the child JVM: prints which arithmetic signs, then a signature. */
    public static void main(String[] args) {
        System.out.println(Secp256k1.arithmeticName());
        System.out.println(PrivateKey.fromWif(WIF).sign(DIGEST).toHex());
    }

    @Test
    void aLibraryThatCannotLoadFallsBackToBouncyCastle() throws IOException, InterruptedException {
        // The binding unpacks its library into this directory, which does not exist, as on a locked-down machine.
        List<String> lines = runChild("-Dfr.acinq.secp256k1.tmpdir=" + dir.resolve("no-such-directory"));

        assertThat(lines).containsExactly("Bouncy Castle", PrivateKey.fromWif(WIF).sign(DIGEST).toHex());
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain(WIF)
                .doesNotContain(HexFormat.of().formatHex(PrivateKey.fromWif(WIF).bytes()));
    }

    @Test
    void signingWithLibsecp256k1LoadsNoBouncyCastleCurveCode() throws IOException, InterruptedException {
        List<String> lines = runChild("-Xlog:class+load=info:file=" + dir.resolve("classes.txt"));

        assertThat(lines).containsExactly("libsecp256k1", PrivateKey.fromWif(WIF).sign(DIGEST).toHex());
        assertThat(Files.readAllLines(dir.resolve("classes.txt")))
                .as("classes loaded")
                .anyMatch(line -> line.contains("fr.acinq.secp256k1"))
                .noneMatch(line -> line.contains("org.bouncycastle.math.ec")
                        || line.contains("org.bouncycastle.crypto.ec") || line.contains("org.bouncycastle.asn1"));
    }

    private List<String> runChild(String option) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), option, FreshJvmSigningTest.class.getName()));
        Process child = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit code; stderr: %s", Files.readString(dir.resolve("stderr.txt"))).isZero();
        return out.lines().toList();
    }
}
