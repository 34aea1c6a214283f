package org.steemdesk.chain.operation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

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

    /** What a whole transaction needs: the union over its operations, as steemd collects it before verifying. */
    public static RequiredAuthorities of(Collection<? extends Operation> operations) {
        Set<AccountName> owner = new HashSet<>();
        Set<AccountName> active = new HashSet<>();
        Set<AccountName> posting = new HashSet<>();
        for (Operation operation : operations) {
            RequiredAuthorities required = operation.requiredAuthorities();
            owner.addAll(required.owner());
            active.addAll(required.active());
            posting.addAll(required.posting());
        }
        return new RequiredAuthorities(owner, active, posting);
    }

    /**
     * The key to sign with when one account signs everything: the strongest role asked for, since steemd accepts the
     * owner key for active and the active key for posting authority. Empty when nothing needs signing.
     */
    public Optional<KeyRole> strongestRole() {
        if (!owner.isEmpty()) {
            return Optional.of(KeyRole.OWNER);
        }
        if (!active.isEmpty()) {
            return Optional.of(KeyRole.ACTIVE);
        }
        return posting.isEmpty() ? Optional.empty() : Optional.of(KeyRole.POSTING);
    }
}
