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

    public Argon2idParameters {
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1..64, got " + parallelism);
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("Argon2 iterations must be 1..100, got " + iterations);
        }
        if (memoryKib < 8 * parallelism || memoryKib > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("Argon2 memory must be 8×parallelism KiB .. 4 GiB, got " + memoryKib);
        }
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
