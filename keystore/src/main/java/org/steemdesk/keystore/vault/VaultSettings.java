package org.steemdesk.keystore.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a vault is opened: the Argon2id cost for new or re-wrapped keys, the idle time after which it locks itself,
 * and the clock and randomness it uses (injected so tests need neither sleeping nor 64 MiB hashes).
 */
public record VaultSettings(Argon2idParameters kdf, Duration idleTimeout, Clock clock, SecureRandom random) {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

    public VaultSettings {
        Objects.requireNonNull(kdf, "kdf parameters");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, got " + idleTimeout);
        }
    }

    public static VaultSettings defaults() {
        return new VaultSettings(Argon2idParameters.DEFAULT, DEFAULT_IDLE_TIMEOUT, Clock.systemUTC(), new SecureRandom());
    }

    public VaultSettings withIdleTimeout(Duration timeout) {
        return new VaultSettings(kdf, timeout, clock, random);
    }
}
