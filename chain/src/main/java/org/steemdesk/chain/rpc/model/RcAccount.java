package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** Resource credits of an account ({@code rc_api.find_rc_accounts}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RcAccount(String account, ManabarJson rcManabar, long maxRc, Asset maxRcCreationAdjustment) {
    public RcAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(rcManabar, "rc_manabar");
    }
}
