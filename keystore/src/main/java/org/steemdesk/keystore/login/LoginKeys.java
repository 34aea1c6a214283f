package org.steemdesk.keystore.login;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javax.security.auth.Destroyable;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/**
 * The four keys of Steemit's login: {@code sha256(account ‖ role ‖ password)}, the password exactly as typed.
 * Unlike steem-js's {@code auth.toWif} nothing is trimmed or collapsed, as steemit.com's login and dsteem do.
 */
public final class LoginKeys implements Destroyable {
    private final AccountName account;
    private final Map<KeyRole, PrivateKey> keys;

    private LoginKeys(AccountName account, Map<KeyRole, PrivateKey> keys) {
        this.account = account;
        this.keys = keys;
    }

    /**
     * Derives all four roles. The caller still owns (and wipes) the password.
     *
     * @throws KeystoreException EMPTY_PASSWORD, or WIF_GIVEN_AS_PASSWORD when a private key was pasted instead
     */
    public static LoginKeys derive(AccountName account, char[] password) {
        requireUsablePassword(password);
        Map<KeyRole, PrivateKey> keys = new EnumMap<>(KeyRole.class);
        for (KeyRole role : KeyRole.values()) {
            keys.put(role, deriveUnchecked(account, role, password));
        }
        return new LoginKeys(account, keys);
    }

    /** One role's key; the same checks as {@link #derive}. The caller destroys the key. */
    public static PrivateKey derive(AccountName account, KeyRole role, char[] password) {
        requireUsablePassword(password);
        return deriveUnchecked(account, role, password);
    }

    static PrivateKey deriveUnchecked(AccountName account, KeyRole role, char[] password) {
        byte[] prefix = (account.value() + role.wireName()).getBytes(StandardCharsets.UTF_8);
        byte[] secret = SecretText.utf8(password);
        byte[] seed = Arrays.copyOf(prefix, prefix.length + secret.length);
        System.arraycopy(secret, 0, seed, prefix.length, secret.length);
        try {
            return PrivateKey.fromSeed(seed);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static void requireUsablePassword(char[] password) {
        if (SecretText.isBlank(password)) {
            throw new KeystoreException(Reason.EMPTY_PASSWORD, "the password is empty");
        }
        if (PrivateKey.looksLikeWif(CharBuffer.wrap(password))) {
            throw new KeystoreException(Reason.WIF_GIVEN_AS_PASSWORD,
                    "this is a private key (WIF), not a master password; import it as a key instead");
        }
    }

    public AccountName account() {
        return account;
    }

    /** The derived private key; it stays owned by this object and is wiped by {@link #destroy()}. */
    public PrivateKey key(KeyRole role) {
        return keys.get(role);
    }

    public PublicKey publicKey(KeyRole role) {
        return keys.get(role).publicKey();
    }

    /** Public keys of all four roles, in role order. */
    public Map<KeyRole, PublicKey> publicKeys() {
        Map<KeyRole, PublicKey> result = new EnumMap<>(KeyRole.class);
        keys.forEach((role, key) -> result.put(role, key.publicKey()));
        return result;
    }

    @Override
    public void destroy() {
        keys.values().forEach(PrivateKey::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return keys.values().stream().allMatch(PrivateKey::isDestroyed);
    }

    @Override
    public String toString() {
        return "LoginKeys[" + account + ", redacted]";
    }
}
