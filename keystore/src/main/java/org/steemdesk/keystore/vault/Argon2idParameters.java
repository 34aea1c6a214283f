package org.steemdesk.keystore.vault;

import java.nio.ByteBuffer;

/**
 * Cost of the Argon2id (v1.3) password hash. Stored in the vault header, so a vault made with today's defaults still
 * opens after the defaults grow.
 */
public record Argon2idParameters(int memoryKib, int iterations, int parallelism) {
    /** RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes. */
    public static final Argon2idParameters DEFAULT = new Argon2idParameters(64 * 1024, 3, 4);
    public static final String NAME = "argon2id-v1.3";
    public static final int SALT_SIZE = 16;
    private static final byte[] NONE = new byte[0];

    /**
     * Upper bounds, checked before anything is derived: a vault header with a larger cost is damaged (or tampered
     * with), and deriving with it could take minutes and gigabytes. 1 GiB is 16 times today's default; 20 passes and
     * 16 lanes are far beyond any published recommendation.
     */
    public static final long MAX_MEMORY_KIB = 1024 * 1024;
    public static final long MAX_ITERATIONS = 20;
    public static final long MAX_PARALLELISM = 16;

    /**
     * The lower bounds are Argon2's own (RFC 9106: at least one pass and lane, 8 KiB per lane). A header lowered to
     * them cannot weaken a vault: the cost is bound into the wrapped key's associated data, so it just fails to open.
     */
    public Argon2idParameters {
        String problem = problem(memoryKib, iterations, parallelism);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with these numbers as an Argon2id cost, or null; for values read from a file before use. */
    public static String problem(long memoryKib, long iterations, long parallelism) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            return "Argon2 parallelism must be 1.." + MAX_PARALLELISM + ", got " + parallelism;
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            return "Argon2 iterations must be 1.." + MAX_ITERATIONS + ", got " + iterations;
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            return "Argon2 memory must be 8×parallelism KiB .. 1 GiB, got " + memoryKib + " KiB";
        }
        return null;
    }

    /**
     * A {@code length}-byte key from the password bytes and salt, by the reference C implementation where it loads
     * and Bouncy Castle elsewhere (same bytes); the caller wipes both and the result.
     */
    public byte[] deriveKey(byte[] password, byte[] salt, int length) {
        if (salt.length != SALT_SIZE) {
            throw new IllegalArgumentException("Argon2 salt must have " + SALT_SIZE + " bytes");
        }
        return Argon2idFunction.current().hash(this, password, salt, NONE, NONE, length);
    }

    /** The bytes that bind these parameters into the wrapped data key's associated data. */
    byte[] encoded() {
        return ByteBuffer.allocate(12).putInt(memoryKib).putInt(iterations).putInt(parallelism).array();
    }
}
