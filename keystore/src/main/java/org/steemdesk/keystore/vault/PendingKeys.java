package org.steemdesk.keystore.vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;

/**
 * New keys of an account kept beside its current ones while the transaction that installs them on chain is not
 * settled (a password change whose broadcast had an unclear outcome): {@code txId} is that transaction, which can
 * land until {@code expiration}. Public information only.
 */
public record PendingKeys(AccountName account, List<VaultEntry> entries, String txId, Instant expiration) {
    public PendingKeys {
        Objects.requireNonNull(account, "account");
        entries = List.copyOf(entries);
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(expiration, "expiration");
    }
}
