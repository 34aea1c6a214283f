package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who can recover the account after a theft, and a change of that waiting to take effect.
 *
 * @param recoveryAccount the current recovery account ("" for a few genesis accounts)
 * @param pendingAccount  the recovery account asked for, which takes effect at {@code effectiveOn}
 * @param lastOwnerUpdate when the owner key last changed, if ever
 */
public record RecoveryStatus(String recoveryAccount, Optional<String> pendingAccount, Optional<Instant> effectiveOn,
                             Optional<Instant> lastOwnerUpdate) {
    public RecoveryStatus {
        Objects.requireNonNull(recoveryAccount, "recoveryAccount");
        Objects.requireNonNull(pendingAccount, "pendingAccount");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(lastOwnerUpdate, "lastOwnerUpdate");
    }
}
