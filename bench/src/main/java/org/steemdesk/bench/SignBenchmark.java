package org.steemdesk.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.crypto.Signature;

/**
 * Signing as the vote batch does it: one key, many digests. The digests cycle through a fixed random set,
 * because the number of canonical-signature attempts (about two on average) depends on the digest.
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

    private PrivateKey key;
    private byte[][] digests;
    private Signature[] signatures;
    private int next;

    @Setup
    public void setUp() {
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
