package org.steemdesk.app.keys;

import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/** What is known about a stored key without unlocking the vault: whose key, for which role, its public key. */
public record StoredKey(AccountName account, KeyRole role, PublicKey publicKey, Instant addedAt) {
    public StoredKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
