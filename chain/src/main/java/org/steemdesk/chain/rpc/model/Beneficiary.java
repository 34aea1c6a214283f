package org.steemdesk.chain.rpc.model;

import java.util.Objects;

/** A share of a post's author reward, in basis points (10000 = 100 %). */
public record Beneficiary(String account, int weight) {
    public Beneficiary {
        Objects.requireNonNull(account, "account");
    }
}
