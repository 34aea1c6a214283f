package org.steemdesk.keystore.vault;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reference C implementation of Argon2 (the code behind Debian's {@code argon2} command), bundled for Linux,
 * macOS and Windows by argon2-jvm and called through JNA. It hashes the lanes on parallel threads and needs no JIT
 * warm-up, which is what a vault unlock in a freshly started app pays for with Bouncy Castle.
 *
 * <p>The library wipes its native copies of the password, salt, secret and associated data, and the C code wipes
 * its 64 MiB of blocks; its 32-byte output buffer is freed by JNA unwiped, like any native copy of the result.
 */
final class ReferenceArgon2id implements Argon2idFunction {
    private static final HexFormat HEX = HexFormat.of();

    private final Argon2Advanced library;
    private final Argon2idFunction fallback;

    private ReferenceArgon2id(Argon2Advanced library, Argon2idFunction fallback) {
        this.library = library;
        this.fallback = fallback;
    }

    /**
     * The reference implementation, checked on RFC 9106's Argon2id vector; empty when it does not load or
     * disagrees. Never throws; the reason is logged at debug level (a file name or an OS, never a password).
     */
    static Optional<ReferenceArgon2id> load(Argon2idFunction fallback) {
        try {
            ReferenceArgon2id reference =
                    new ReferenceArgon2id(Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id), fallback);
            reference.checkRfc9106Vector();
            return Optional.of(reference);
        } catch (RuntimeException | LinkageError e) {
            // UnsatisfiedLinkError: no library for this OS or CPU, or a temp directory mounted noexec;
            // NoClassDefFoundError: JNA or argon2-jvm is missing.
            log(() -> "the reference Argon2 is unavailable, using Bouncy Castle's: " + e);
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "reference C";
    }

    @Override
    public byte[] hash(Argon2idParameters cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                       int length) {
        try {
            // The library takes null, not an empty array, for an absent secret or associated data.
            return library.rawHashAdvanced(cost.iterations(), cost.memoryKib(), cost.parallelism(), password, salt,
                    absentIfEmpty(secret), absentIfEmpty(associatedData), length, Argon2Version.V13);
        } catch (IllegalStateException e) {
            // The C code reports its failures (e.g. its 64 MiB could not be allocated) as this; Bouncy Castle's
            // bytes are the same, so the unlock still goes through if the JVM has the memory.
            log(() -> "the reference Argon2 failed, using Bouncy Castle's: " + e.getMessage());
            return fallback.hash(cost, password, salt, secret, associatedData, length);
        }
    }

    /** RFC 9106 section 5.3: a library that loads but hashes wrongly must never derive a vault key. */
    private void checkRfc9106Vector() {
        byte[] tag = library.rawHashAdvanced(3, 32, 4, filled(32, 0x01), filled(16, 0x02), filled(8, 0x03),
                filled(12, 0x04), 32, Argon2Version.V13);
        if (!Arrays.equals(tag, HEX.parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"))) {
            throw new IllegalStateException("the reference Argon2 does not reproduce RFC 9106's Argon2id vector");
        }
    }

    /** At debug level, and the logger only when there is something to say: setting up logging takes a while. */
    private static void log(Supplier<String> message) {
        System.getLogger(ReferenceArgon2id.class.getName()).log(Level.DEBUG, message);
    }

    private static byte[] absentIfEmpty(byte[] bytes) {
        return bytes.length == 0 ? null : bytes;
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
