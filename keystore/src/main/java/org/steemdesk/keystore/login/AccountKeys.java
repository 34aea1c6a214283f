package org.steemdesk.keystore.login;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/** An account's on-chain keys as {@code get_accounts} reports them: three authorities and the memo key. */
public record AccountKeys(AccountName account, Authority owner, Authority active, Authority posting, PublicKey memo) {

    public AccountKeys {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(owner, "owner authority");
        Objects.requireNonNull(active, "active authority");
        Objects.requireNonNull(posting, "posting authority");
        Objects.requireNonNull(memo, "memo key");
    }

    /** The authority of owner, active or posting; empty for memo, which is a single key. */
    public Optional<Authority> authority(KeyRole role) {
        return switch (role) {
            case OWNER -> Optional.of(owner);
            case ACTIVE -> Optional.of(active);
            case POSTING -> Optional.of(posting);
            case MEMO -> Optional.empty();
        };
    }

    /** Every role in which the key appears, with whether it alone reaches the threshold. */
    public KeyMatch match(PublicKey key) {
        List<RoleMatch> roles = new ArrayList<>();
        for (KeyRole role : KeyRole.values()) {
            roleMatch(role, key).ifPresent(roles::add);
        }
        return new KeyMatch(account, key, roles);
    }

    /** How the key stands in this one role, empty when it is not listed there. */
    public Optional<RoleMatch> roleMatch(KeyRole role, PublicKey key) {
        if (role == KeyRole.MEMO) {
            return memo.equals(key) ? Optional.of(new RoleMatch(role, 1, 1)) : Optional.empty();
        }
        Authority authority = authority(role).orElseThrow();
        Integer weight = authority.keyAuths().get(key);
        return weight == null ? Optional.empty() : Optional.of(new RoleMatch(role, weight, authority.weightThreshold()));
    }

    /**
     * Which roles the password's derived keys unlock (each role's key checked in its own role). A password may
     * unlock fewer than four roles when some keys were changed since it was generated; those roles are absent.
     *
     * @throws KeystoreException PASSWORD_MATCHES_NO_KEY when it unlocks none (wrong password or wrong account)
     */
    public Map<KeyRole, RoleMatch> checkLogin(LoginKeys login) {
        if (!login.account().equals(account)) {
            throw new IllegalArgumentException("keys derived for " + login.account() + ", not " + account);
        }
        Map<KeyRole, RoleMatch> result = new EnumMap<>(KeyRole.class);
        for (KeyRole role : KeyRole.values()) {
            roleMatch(role, login.publicKey(role)).filter(RoleMatch::unlocks).ifPresent(match -> result.put(role, match));
        }
        if (result.isEmpty()) {
            throw new KeystoreException(Reason.PASSWORD_MATCHES_NO_KEY, account, null,
                    "the password gives none of " + account + "'s keys (wrong password or account?)", null);
        }
        return result;
    }
}
