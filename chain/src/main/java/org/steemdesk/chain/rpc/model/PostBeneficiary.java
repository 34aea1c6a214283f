package org.steemdesk.chain.rpc.model;

import java.util.Objects;

/** A share of a post's author reward, in basis points (10000 = 100 %). */
public record PostBeneficiary(String account, int weight) {
    public PostBeneficiary {
        Objects.requireNonNull(account, "account");
    }
}
