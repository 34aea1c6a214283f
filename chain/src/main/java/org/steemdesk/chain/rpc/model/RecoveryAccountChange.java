package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/**
 * A pending change of recovery account ({@code database_api.find_change_recovery_account_requests}):
 * {@code recoveryAccount} takes over at {@code effectiveOn}, 30 days after the owner key asked for it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecoveryAccountChange(long id, String accountToRecover, String recoveryAccount, Instant effectiveOn) {
    public RecoveryAccountChange {
        Objects.requireNonNull(accountToRecover, "account_to_recover");
        Objects.requireNonNull(recoveryAccount, "recovery_account");
        Objects.requireNonNull(effectiveOn, "effective_on");
    }
}
