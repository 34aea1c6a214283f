package org.steemdesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.steemdesk.keystore.vault.Argon2idParameters;

/**
 * The vault unlock's Argon2id at the default cost (64 MiB, t=3, p=4), as {@code bench/unlock-race} times it: ROUNDS
 * derivations in this JVM, the first one as cold as in a freshly started app. Prints "milliseconds hex" per line.
 * {@code -Dsteemdesk.argon2=java} times Bouncy Castle instead of the reference C implementation.
 * With {@code --prepared}, the implementation is loaded first (a derivation at the smallest cost), as the app does
 * when it opens the vault, so the first timed unlock is what a user waits for after typing the password.
 * The password and salt are the race's fixed test values, so every implementation must print the same hex.
 */
public final class UnlockTiming {
    private UnlockTiming() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        byte[] salt = "steemdesk-salt16".getBytes(StandardCharsets.US_ASCII);
        if (args.length > 1 && "--prepared".equals(args[1])) {
            new Argon2idParameters(32, 1, 4).deriveKey(new byte[1], salt, 32);
        }
        for (int i = 0; i < rounds; i++) {
            byte[] password = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            byte[] key = Argon2idParameters.DEFAULT.deriveKey(password, salt, 32);
            long micros = (System.nanoTime() - start) / 1000;
            System.out.printf("%d.%03d %s%n", micros / 1000, micros % 1000, HexFormat.of().formatHex(key));
            Arrays.fill(key, (byte) 0);
            Arrays.fill(password, (byte) 0);
        }
    }
}
