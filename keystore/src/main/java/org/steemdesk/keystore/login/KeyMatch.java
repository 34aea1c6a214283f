package org.steemdesk.keystore.login;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/** Where a public key appears in an account's authorities. */
public record KeyMatch(AccountName account, PublicKey key, List<RoleMatch> roles) {

    public KeyMatch {
        roles = List.copyOf(roles);
    }

    /** The roles this key can sign for alone. */
    public Set<KeyRole> unlockedRoles() {
        return roles.stream().filter(RoleMatch::unlocks).map(RoleMatch::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyRole.class)));
    }

    /**
     * Checks that the key can sign for the role, e.g. before importing it under that role.
     *
     * @throws KeystoreException KEY_NOT_OF_ACCOUNT (another account's key, or no key at all), KEY_OF_OTHER_ROLE
     *     (the account's key, but for other roles), or KEY_BELOW_THRESHOLD (listed, too light to sign alone)
     */
    public void requireUnlocks(KeyRole role) {
        if (roles.isEmpty()) {
            throw new KeystoreException(Reason.KEY_NOT_OF_ACCOUNT, account, role,
                    "key " + key + " is none of " + account + "'s keys (another account's key?)", null);
        }
        for (RoleMatch match : roles) {
            if (match.role() == role) {
                if (match.unlocks()) {
                    return;
                }
                throw new KeystoreException(Reason.KEY_BELOW_THRESHOLD, account, role,
                        "key " + key + " has weight " + match.weight() + " in " + account + "'s " + role.wireName()
                                + " authority, below its threshold " + match.threshold()
                                + "; it cannot sign alone", null);
            }
        }
        throw new KeystoreException(Reason.KEY_OF_OTHER_ROLE, account, role,
                "key " + key + " is " + account + "'s " + roles.stream().map(m -> m.role().wireName())
                        .collect(Collectors.joining("/")) + " key, not its " + role.wireName() + " key", null);
    }
}
