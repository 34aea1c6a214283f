package org.steemdesk.chain.operation;

import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;

/** A share of a post's author reward, in hundredths of a percent. */
public record Beneficiary(AccountName account, int weight) implements Comparable<Beneficiary> {
    public Beneficiary {
        Objects.requireNonNull(account, "beneficiary account");
        Rules.percent(weight, "beneficiary", "weight");
    }

    @Override
    public int compareTo(Beneficiary o) {
        return account.compareTo(o.account);
    }
}
