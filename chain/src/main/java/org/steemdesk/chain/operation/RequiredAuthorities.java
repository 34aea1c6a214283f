package org.steemdesk.chain.operation;

import java.util.Set;
import org.steemdesk.chain.protocol.AccountName;

/** The accounts whose owner, active or posting authority must sign an operation. */
public record RequiredAuthorities(Set<AccountName> owner, Set<AccountName> active, Set<AccountName> posting) {
    public RequiredAuthorities {
        owner = Set.copyOf(owner);
        active = Set.copyOf(active);
        posting = Set.copyOf(posting);
    }

    public static RequiredAuthorities posting(AccountName account) {
        return new RequiredAuthorities(Set.of(), Set.of(), Set.of(account));
    }

    public static RequiredAuthorities active(AccountName account) {
        return new RequiredAuthorities(Set.of(), Set.of(account), Set.of());
    }

    public static RequiredAuthorities owner(AccountName account) {
        return new RequiredAuthorities(Set.of(account), Set.of(), Set.of());
    }
}
