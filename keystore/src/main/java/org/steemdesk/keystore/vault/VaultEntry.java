package org.steemdesk.keystore.vault;

import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/** What the vault shows about a stored key without unlocking: whose key it is, for which role, its public key. */
public record VaultEntry(AccountName account, KeyRole role, PublicKey publicKey, Instant addedAt) {
    public VaultEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(publicKey, "public key");
        Objects.requireNonNull(addedAt, "added at");
    }
}
