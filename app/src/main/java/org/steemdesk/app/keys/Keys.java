package org.steemdesk.app.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.disk.FileExposure;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.keystore.login.WifInput;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;
import org.steemdesk.keystore.vault.VaultSettings;

/**
 * The keys use case: the one vault of this data directory, opened when first needed and held until the context
 * closes, so the wallet and the vote queue sign with the keys the user unlocked here. Doors (CLI, desktop) never
 * see the vault itself. Passwords and keys passed in are wiped once used; every method may read the vault file or
 * run Argon2 (or ask a node), so it is for background threads.
 */
public final class Keys implements AutoCloseable {
    /** Whether there is a vault, and whether its keys can sign. */
    public enum State { ABSENT, LOCKED, UNLOCKED }

    private final Supplier<Path> file;
    private final VaultSettings settings;
    private final Supplier<OnChainAccounts> chain;
    private final MemoCipher memos = new MemoCipher(new SecureRandom());
    private volatile Vault vault;
    private volatile boolean closed;

    /** @param file where the vault is (asked when first needed: finding it may create the data directory) */
    public Keys(Supplier<Path> file, VaultSettings settings, Supplier<OnChainAccounts> chain) {
        this.file = Objects.requireNonNull(file, "file");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    public boolean exists() {
        return vault != null || Files.exists(file.get());
    }

    public State state() {
        Vault current = opened();
        return current == null ? State.ABSENT : current.isUnlocked() ? State.UNLOCKED : State.LOCKED;
    }

    /** The stored keys (public information, no password needed); empty without a vault. */
    public List<StoredKey> list() {
        Vault current = opened();
        return current == null ? List.of() : current.list().stream().map(Keys::stored).toList();
    }

    /** The vault's accounts, sorted, without repeats. */
    public List<AccountName> accounts() {
        return list().stream().map(StoredKey::account).distinct().sorted().toList();
    }

    /** Creates the vault, unlocked. The password is wiped. @throws KeystoreException VAULT_EXISTS, EMPTY_PASSWORD */
    public synchronized void create(char[] password) {
        try {
            requireOpen();
            vault = Vault.create(file.get(), password, settings);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Unlocks with the vault password (wiped). @throws KeystoreException VAULT_MISSING, WRONG_PASSWORD */
    public void unlock(char[] password) {
        try {
            vault().unlock(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Opens the vault, locked, if it is not open yet. @throws KeystoreException VAULT_MISSING when there is none */
    public void open() {
        vault();
    }

    /** Forgets the unlocked keys; nothing happens without a vault. */
    public void lock() {
        Vault current = openedHere();
        if (current != null) {
            current.lock();
        }
    }

    /** Locks when the vault's own idle backstop has passed (see {@link VaultSettings#idleTimeout()}). */
    public void lockIfIdle() {
        Vault current = openedHere();
        if (current != null) {
            current.lockIfIdle();
        }
    }

    /**
     * Whether other users of this computer could read the vault file when it was opened here (it has been made
     * private since, when possible): whoever copied it can try passwords offline, so the doors tell the user.
     * Empty while the vault has not been opened.
     */
    public Optional<FileExposure> exposure() {
        Vault current = openedHere();
        return current == null ? Optional.empty() : current.exposure();
    }

    /** The account's keys as the chain has them now. @throws org.steemdesk.app.account.UnknownAccountException */
    public AccountKeys onChain(AccountName account) {
        return chain.get().keys(account);
    }

    /** The accounts' keys as the chain has them now, to compare with the stored ones. */
    public Map<AccountName, AccountKeys> onChain(List<AccountName> accounts) {
        var result = new TreeMap<AccountName, AccountKeys>();
        for (AccountName account : accounts) {
            result.put(account, onChain(account));
        }
        return result;
    }

    /** Stores a key checked against the account's keys on chain; needs the vault unlocked. */
    public StoredKey put(AccountKeys onChain, KeyRole role, PrivateKey key) {
        return stored(unlockedVault().put(onChain, role, key));
    }

    /**
     * Derives the Steemit login keys, checks them against the chain and stores those that match: posting, active
     * and memo, and owner only when asked. Returns the roles stored. The password is wiped.
     *
     * @throws KeystoreException WIF_GIVEN_AS_PASSWORD, EMPTY_PASSWORD, PASSWORD_MATCHES_NO_KEY, VAULT_LOCKED; or the
     *     chain's UnknownAccountException / RpcException
     */
    public Set<KeyRole> addByPassword(AccountName account, char[] password, boolean withOwner) {
        LoginKeys login = null;
        try {
            login = LoginKeys.derive(account, password);
            unlockedVault();
            AccountKeys keys = onChain(account);
            Map<KeyRole, RoleMatch> matched = keys.checkLogin(login);
            Set<KeyRole> stored = EnumSet.noneOf(KeyRole.class);
            for (KeyRole role : matched.keySet()) {
                if (role != KeyRole.OWNER || withOwner) {
                    put(keys, role, login.key(role));
                    stored.add(role);
                }
            }
            return stored;
        } finally {
            Arrays.fill(password, '\0');
            if (login != null) {
                login.destroy();
            }
        }
    }

    /** Checks a private key against the account's keys on chain and stores it under the role. The WIF is wiped. */
    public KeyRole addByWif(AccountName account, KeyRole role, char[] wif) {
        PrivateKey key = null;
        try {
            key = WifInput.parse(wif);
            unlockedVault();
            put(onChain(account), role, key);
            return role;
        } finally {
            Arrays.fill(wif, '\0');
            if (key != null) {
                key.destroy();
            }
        }
    }

    /** Removes the account's keys (or one role's); needs the vault unlocked. Returns how many were removed. */
    public int remove(AccountName account, Optional<KeyRole> role) {
        return vault().remove(account, role);
    }

    /** The key as WIF after the vault password (wiped) is entered again; the caller wipes the result. */
    public char[] reveal(AccountName account, KeyRole role, char[] password) {
        try {
            return vault().revealWif(account, role, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * A memo as the account can read it: plain text as it is, an encrypted one ({@code #…}) decrypted with the
     * account's memo key when the vault is unlocked. Never throws for a memo that does not decrypt: it says why.
     */
    public MemoReading readMemo(AccountName account, String memo) {
        if (!MemoCipher.isEncrypted(memo)) {
            return new MemoReading.Plain(memo);
        }
        Vault current = opened();
        if (current == null || !current.isUnlocked()) {
            return new MemoReading.Locked();
        }
        if (current.list(account).stream().noneMatch(e -> e.role() == KeyRole.MEMO)) {
            return new MemoReading.NoMemoKey();
        }
        try {
            return new MemoReading.Decrypted(memos.decrypt(current.key(account, KeyRole.MEMO), memo).text());
        } catch (KeystoreException e) {
            return switch (e.reason()) {
                case VAULT_LOCKED -> new MemoReading.Locked();
                case KEY_NOT_IN_VAULT -> new MemoReading.NoMemoKey();
                case MEMO_NOT_FOR_KEY -> new MemoReading.Unreadable(MemoReading.Why.NOT_FOR_THIS_KEY);
                default -> new MemoReading.Unreadable(MemoReading.Why.DAMAGED);
            };
        }
    }

    /** Re-wraps the vault under a new password, all at once; both are wiped. */
    public void changePassword(char[] current, char[] newPassword) {
        try {
            vault().changePassword(current, newPassword);
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    /**
     * The vault, opened (locked) on first use, for the use cases that sign with it (wallet, vote queue).
     *
     * @throws KeystoreException VAULT_MISSING when none has been created
     */
    public synchronized Vault vault() {
        requireOpen();
        if (vault == null) {
            vault = Vault.open(file.get(), settings);
        }
        return vault;
    }

    /** The vault with its keys unlocked. @throws KeystoreException VAULT_MISSING or VAULT_LOCKED */
    public Vault unlockedVault() {
        if (!exists()) {
            throw new KeystoreException(Reason.VAULT_MISSING, "no vault has been created yet");
        }
        Vault current = vault();
        if (!current.isUnlocked()) {
            throw new KeystoreException(Reason.VAULT_LOCKED, "the vault is locked");
        }
        return current;
    }

    /** The vault if there is one (opening it on first use), else null; null once closed. */
    private Vault opened() {
        return !closed && exists() ? vault() : null;
    }

    /**
     * The vault if it was opened here, without opening it: a vault never opened has nothing unlocked to lock, and
     * a damaged file must not make locking fail.
     */
    private Vault openedHere() {
        return closed ? null : vault;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the keys of this context are closed");
        }
    }

    private static StoredKey stored(VaultEntry entry) {
        return new StoredKey(entry.account(), entry.role(), entry.publicKey(), entry.addedAt());
    }

    @Override
    public synchronized void close() {
        closed = true;
        Vault current = vault;
        if (current != null) {
            current.close();
        }
    }
}
