package org.steemdesk.chain.crypto;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret-dependent steps of signing and key derivation: k·G, and s = k⁻¹(e + r·d) mod n. libsecp256k1 runs
 * them where its native library loads (several times faster than Bouncy Castle, and constant-time); Bouncy Castle
 * runs them everywhere else. Both give the same numbers, so the choice never changes a signature's bytes.
 */
interface CurveArithmetic {
    /** System property that picks the arithmetic: {@code java} forces Bouncy Castle, anything else tries native. */
    String SETTING_PROPERTY = "steemdesk.secp256k1";
    /** The same setting from the environment, for runs where adding a JVM option is awkward. */
    String SETTING_ENVIRONMENT = "STEEMDESK_SECP256K1";
    String FORCE_JAVA = "java";

    /** What runs the arithmetic, for diagnostics: "libsecp256k1" or "Bouncy Castle". */
    String name();

    /** k·G for a 32-byte big-endian scalar k in [1, n), as 65 bytes: 04 ‖ x ‖ y. */
    byte[] multiplyG(byte[] k);

    /**
     * The s of an ECDSA signature: k⁻¹(e + r·d) mod n, for the 32-byte secret d and nonce k; zero when that is
     * zero (the caller then moves to the next nonce).
     */
    BigInteger signatureS(byte[] d, byte[] k, BigInteger e, BigInteger r);

    /**
     * libsecp256k1 unless the setting asks for Bouncy Castle or the native library cannot load (an unusual OS or
     * CPU, a temp directory mounted noexec, a missing jar); never throws.
     */
    static CurveArithmetic choose(String setting) {
        if (setting != null && FORCE_JAVA.equals(setting.trim().toLowerCase(Locale.ROOT))) {
            return new JavaCurveArithmetic();
        }
        Optional<CurveArithmetic> loaded = NativeCurveArithmetic.load();
        return loaded.isPresent() ? loaded.get() : new JavaCurveArithmetic();
    }

    /** The setting from the system property, else from the environment; null when neither is set. */
    static String configuredSetting() {
        String property = System.getProperty(SETTING_PROPERTY);
        return property != null ? property : System.getenv(SETTING_ENVIRONMENT);
    }
}
