package org.steemdesk.keystore.vault;

import java.util.Locale;

/**
 * Argon2id v1.3, the vault's password hash. The reference C implementation runs it where its bundled library
 * loads (a vault unlock in a fraction of Bouncy Castle's time from a fresh JVM, see bench/unlock-race); Bouncy
 * Castle runs it everywhere else. Both give the same bytes, so a vault made with one opens with the other.
 */
interface Argon2idFunction {
    /** {@code -Dsteemdesk.argon2=java} forces Bouncy Castle (tests run the vault both ways). */
    String SETTING_PROPERTY = "steemdesk.argon2";
    String SETTING_ENVIRONMENT = "STEEMDESK_ARGON2";

    /** "reference C" or "Bouncy Castle". */
    String name();

    /**
     * The {@code length}-byte tag of RFC 9106 section 3.2 for the password, salt, optional secret and associated
     * data (empty arrays when unused). The caller wipes the password and the result.
     */
    byte[] hash(Argon2idParameters cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                int length);

    /** The function this JVM uses: chosen once, on the first unlock. */
    static Argon2idFunction current() {
        return Chosen.FUNCTION;
    }

    /** The reference implementation unless the setting says {@code java} or the library cannot load; never throws. */
    static Argon2idFunction choose(String setting) {
        BouncyCastleArgon2id bouncyCastle = new BouncyCastleArgon2id();
        if (setting != null && "java".equals(setting.trim().toLowerCase(Locale.ROOT))) {
            return bouncyCastle;
        }
        return ReferenceArgon2id.load(bouncyCastle).map(Argon2idFunction.class::cast).orElse(bouncyCastle);
    }

    /** Holder, so that the choice (and the native library's loading) waits for the first unlock. */
    final class Chosen {
        private static final Argon2idFunction FUNCTION = choose(System.getProperty(SETTING_PROPERTY) != null
                ? System.getProperty(SETTING_PROPERTY) : System.getenv(SETTING_ENVIRONMENT));

        private Chosen() {}
    }
}
