package org.steemdesk.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.crypto.Secp256k1;
import org.steemdesk.chain.crypto.Signature;

/**
 * Signing as the vote batch does it: one key, many digests. The digests cycle through a fixed random set,
 * because the number of canonical-signature attempts (about two on average) depends on the digest.
 * Each arithmetic runs in its own forked JVM, side by side: libsecp256k1 (what the app uses) and Bouncy Castle
 * (the fallback, {@code -Dsteemdesk.secp256k1=java}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignBenchmark {
    /** The published key from steem-js's own tests (shared/vectors/anchors.json); public test data. */
    private static final String WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";
    private static final int DIGESTS = 1024;

    /** "native" for libsecp256k1, "java" for Bouncy Castle. */
    @Param({"native", "java"})
    public String arithmetic;

    private PrivateKey key;
    private byte[][] digests;
    private Signature[] signatures;
    private int next;

    @Setup
    public void setUp() {
        // The choice is made once per JVM, on first use; JMH forks a fresh JVM for each parameter value.
        System.setProperty("steemdesk.secp256k1", arithmetic);
        String expected = "java".equals(arithmetic) ? "Bouncy Castle" : "libsecp256k1";
        if (!Secp256k1.arithmeticName().equals(expected)) {
            throw new IllegalStateException("wanted " + expected + ", this JVM signs with " + Secp256k1.arithmeticName());
        }
        key = PrivateKey.fromWif(WIF);
        SplittableRandom random = new SplittableRandom(42);
        digests = new byte[DIGESTS][32];
        signatures = new Signature[DIGESTS];
        for (int i = 0; i < DIGESTS; i++) {
            random.nextBytes(digests[i]);
            signatures[i] = key.sign(digests[i]);
        }
    }

    @Benchmark
    public Signature sign() {
        return key.sign(digests[nextIndex()]);
    }

    @Benchmark
    public PublicKey recoverPublicKey() {
        int i = nextIndex();
        return signatures[i].recoverPublicKey(digests[i]);
    }

    /** What loading a key costs: base58, checksum and the G·d for its public key. */
    @Benchmark
    public PublicKey publicKeyFromWif() {
        return PrivateKey.fromWif(WIF).publicKey();
    }

    private int nextIndex() {
        next = (next + 1) & (DIGESTS - 1);
        return next;
    }
}
