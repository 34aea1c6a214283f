package org.steemdesk.keystore.vault;

/**
 * A sealed key or record that does not open: altered or damaged, or (the wrapped data key) a wrong password. The
 * vault's own type rather than Bouncy Castle's {@code InvalidCipherTextException}: {@link Vault} is loaded on every
 * desktop start that finds a vault file, and a class whose code catches a Bouncy Castle type loads Bouncy Castle's
 * signed jar as it is verified (its signature check: 0.3-0.5 CPU-s); only {@link AesGcm}, used at unlock, names it.
 */
final class SealBroken extends Exception {
    private static final long serialVersionUID = 1L;

    SealBroken(String message, Throwable cause) {
        super(message, cause);
    }
}
