package org.steemdesk.keystore;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * Every failure of the keystore, with a stable {@link Reason} the UI and CLI translate. The English message is for
 * logs and developers; it never contains a password or private key, only public context (account, role, public key).
 */
public final class KeystoreException extends RuntimeException {

    /** Stable codes; their names are the i18n message keys' suffixes, so never rename one. */
    public enum Reason {
        EMPTY_PASSWORD,
        WIF_GIVEN_AS_PASSWORD,
        PASSWORD_GIVEN_AS_WIF,
        PUBLIC_KEY_GIVEN_AS_WIF,
        NOT_A_WIF,
        PASSWORD_MATCHES_NO_KEY,
        KEY_NOT_OF_ACCOUNT,
        KEY_OF_OTHER_ROLE,
        KEY_BELOW_THRESHOLD,
        VAULT_EXISTS,
        VAULT_MISSING,
        VAULT_UNSUPPORTED,
        /** The vault header's KDF cost is out of bounds or its salt, nonce or wrapped key has the wrong size. */
        VAULT_HEADER_DAMAGED,
        /** The vault file is not a database, is truncated or its pages are corrupt. */
        VAULT_DAMAGED,
        /** A wrong password, or a damaged salt, nonce or wrapped key: AES-GCM cannot tell them apart. */
        WRONG_PASSWORD,
        VAULT_LOCKED,
        KEY_NOT_IN_VAULT,
        INTEGRITY,
        STORAGE,
        /** No space left on the disk; nothing was changed. */
        DISK_FULL,
        MEMO_NOT_ENCRYPTED,
        MEMO_MALFORMED,
        MEMO_NOT_FOR_KEY,
        MEMO_CHECK_FAILED,
        MEMO_CONTAINS_PRIVATE_KEY,
        MEMO_CONTAINS_PASSWORD,
    }

    private final Reason reason;
    private final AccountName account;
    private final KeyRole role;

    public KeystoreException(Reason reason, String message) {
        this(reason, null, null, message, null);
    }

    public KeystoreException(Reason reason, AccountName account, KeyRole role, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.account = account;
        this.role = role;
    }

    public Reason reason() {
        return reason;
    }

    /** The account the failure concerns, when there is one (e.g. the damaged vault record's). */
    public Optional<AccountName> account() {
        return Optional.ofNullable(account);
    }

    public Optional<KeyRole> role() {
        return Optional.ofNullable(role);
    }
}
