package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** Where a share ({@code percent}, basis points) of each power-down installment goes, as STEEM or re-vested. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WithdrawRoute(String fromAccount, String toAccount, int percent, boolean autoVest) {
    public WithdrawRoute {
        Objects.requireNonNull(fromAccount, "from_account");
        Objects.requireNonNull(toAccount, "to_account");
    }
}
