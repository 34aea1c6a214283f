package org.steemdesk.keystore.vault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.disk.FileExposure;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.SecretText;

/**
 * The encrypted key store in {@code vault.db}. An Argon2id hash of the vault password wraps a random 256-bit data
 * key (AES-256-GCM); the data key seals each private key in its own record. Unlocked, the vault holds the data key
 * and the keys it has opened; {@link #lock()}, or {@link VaultSettings#idleTimeout()} without use, wipes them.
 *
 * <p>Passwords passed in stay owned by the caller, who wipes them. Keys returned by {@link #key} belong to the vault
 * and are wiped when it locks; keys passed to {@link #put} stay the caller's.
 */
public final class Vault implements AutoCloseable {
    private static final byte[] DATA_KEY_DOMAIN = "steemdesk/vault-data-key".getBytes(StandardCharsets.US_ASCII);

    private final VaultFile file;
    private final PendingKeyTable pendingTable;
    private final VaultSettings settings;
    private byte[] dataKey;
    private final Map<VaultEntryId, PrivateKey> opened = new HashMap<>();
    private Instant lastUse;

    private record VaultEntryId(AccountName account, KeyRole role) {}

    private Vault(VaultFile file, VaultSettings settings) {
        this.file = file;
        this.pendingTable = new PendingKeyTable(file);
        this.settings = settings;
    }

    /**
     * Creates a new vault file, unlocked.
     *
     * @throws KeystoreException VAULT_EXISTS, EMPTY_PASSWORD, STORAGE, DISK_FULL (nothing is left behind)
     */
    public static Vault create(Path path, char[] password, VaultSettings settings) {
        requirePassword(password);
        VaultFile.requireAbsent(path);
        byte[] newDataKey = randomBytes(settings, AesGcm.KEY_SIZE);
        VaultFile file = VaultFile.create(path, wrap(newDataKey, password, settings));
        Vault vault = new Vault(file, settings);
        vault.dataKey = newDataKey;
        vault.touch();
        return vault;
    }

    /**
     * Opens an existing vault, locked. Only public information is available until {@link #unlock}.
     *
     * @throws KeystoreException VAULT_MISSING, VAULT_DAMAGED (not a whole vault file), VAULT_HEADER_DAMAGED (KDF cost
     *                           out of bounds, salt, nonce or wrapped key of the wrong size), VAULT_UNSUPPORTED, STORAGE
     */
    public static Vault open(Path path, VaultSettings settings) {
        VaultFile file = VaultFile.open(path);
        try {
            file.readHeader();
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        // A locked vault is unlocked next: load the Argon2 implementation (about half a second for the native
        // library) in the background while the password is typed, not after it.
        CompletableFuture.runAsync(Argon2idFunction::current);
        return new Vault(file, settings);
    }

    /**
     * Unlocks with the vault password; on failure nothing changes.
     *
     * @throws KeystoreException EMPTY_PASSWORD or WRONG_PASSWORD
     */
    public synchronized void unlock(char[] password) {
        byte[] key = unwrap(file.readHeader(), password);
        lock();
        dataKey = key;
        touch();
    }

    /** Wipes the data key and every key opened since unlocking; keys handed out become unusable. */
    public synchronized void lock() {
        if (dataKey != null) {
            Arrays.fill(dataKey, (byte) 0);
            dataKey = null;
        }
        opened.values().forEach(PrivateKey::destroy);
        opened.clear();
    }

    /** Locks if the idle time has passed since the last use; a UI timer calls this. Returns whether it is locked. */
    public synchronized boolean lockIfIdle() {
        if (dataKey != null && !settings.clock().instant().isBefore(lastUse.plus(settings.idleTimeout()))) {
            lock();
        }
        return dataKey == null;
    }

    public synchronized boolean isUnlocked() {
        return !lockIfIdle();
    }

    /** Public information on every stored key; works while locked. */
    public synchronized List<VaultEntry> list() {
        return file.rows(Optional.empty(), Optional.empty()).stream().map(VaultFile.Row::entry).toList();
    }

    /** Public information on one account's stored keys; works while locked. */
    public synchronized List<VaultEntry> list(AccountName account) {
        return file.rows(Optional.of(account), Optional.empty()).stream().map(VaultFile.Row::entry).toList();
    }

    /**
     * Seals the key under the account and role, replacing any key stored there, without asking the chain; prefer
     * {@link #put(AccountKeys, KeyRole, PrivateKey)} when the account's keys are known.
     *
     * @throws KeystoreException VAULT_LOCKED, STORAGE, DISK_FULL (nothing changed)
     */
    public synchronized VaultEntry put(AccountName account, KeyRole role, PrivateKey key) {
        byte[] current = requireUnlocked();
        VaultEntry entry = new VaultEntry(account, role, key.publicKey(), settings.clock().instant());
        byte[] record = KeyRecord.seal(current, randomBytes(settings, AesGcm.NONCE_SIZE), account, role, key);
        file.putKey(entry, record);
        PrivateKey previous = opened.remove(new VaultEntryId(account, role));
        if (previous != null) {
            previous.destroy();
        }
        return entry;
    }

    /**
     * Checks the key against the account's on-chain keys, then seals it as {@link #put(AccountName, KeyRole,
     * PrivateKey)} does; a key of another account or role, or one too light to sign alone, is not stored.
     *
     * @throws KeystoreException KEY_NOT_OF_ACCOUNT, KEY_OF_OTHER_ROLE, KEY_BELOW_THRESHOLD, VAULT_LOCKED, STORAGE,
     *     DISK_FULL
     */
    public synchronized VaultEntry put(AccountKeys onChain, KeyRole role, PrivateKey key) {
        onChain.match(key.publicKey()).requireUnlocks(role);
        return put(onChain.account(), role, key);
    }

    /**
     * Keeps new keys of the account beside its current ones until the transaction {@code txId} that installs them
     * on chain is settled (see {@link PendingKeys}); replaces earlier pending keys of the account. One transaction.
     *
     * @throws KeystoreException VAULT_LOCKED, STORAGE, DISK_FULL (nothing changed)
     */
    public synchronized PendingKeys stagePending(AccountName account, Map<KeyRole, PrivateKey> keys, String txId,
            Instant expiration) {
        byte[] current = requireUnlocked();
        Instant now = settings.clock().instant();
        List<VaultFile.Row> rows = keys.entrySet().stream().map(e -> new VaultFile.Row(
                new VaultEntry(account, e.getKey(), e.getValue().publicKey(), now),
                KeyRecord.seal(current, randomBytes(settings, AesGcm.NONCE_SIZE), account, e.getKey(), e.getValue())))
                .toList();
        pendingTable.stage(account, rows, txId, expiration);
        return new PendingKeys(account, rows.stream().map(VaultFile.Row::entry).toList(), txId, expiration);
    }

    /** The account's pending keys, if a change of its keys is not settled yet; works while locked. */
    public synchronized Optional<PendingKeys> pending(AccountName account) {
        return pendingTable.pending(account);
    }

    /**
     * The pending keys become the account's keys and its former keys are removed, in one transaction (the chain
     * took the new keys). Works while locked: the records move as they are sealed.
     */
    public synchronized void promotePending(AccountName account) {
        pendingTable.promote(account);
        opened.entrySet().removeIf(e -> {
            boolean match = e.getKey().account().equals(account);
            if (match) {
                e.getValue().destroy();
            }
            return match;
        });
    }

    /** Forgets the pending keys: the transaction that would have installed them can no longer land. */
    public synchronized void dropPending(AccountName account) {
        pendingTable.drop(account);
    }

    /**
     * Removes one role's key, or all the account's keys when role is empty. Returns how many were removed.
     *
     * @throws KeystoreException VAULT_LOCKED (removing needs the vault password too), STORAGE, DISK_FULL
     */
    public synchronized int remove(AccountName account, Optional<KeyRole> role) {
        requireUnlocked();
        int removed = file.removeKeys(account, role);
        opened.entrySet().removeIf(e -> {
            boolean match = e.getKey().account().equals(account) && role.map(r -> r == e.getKey().role()).orElse(true);
            if (match) {
                e.getValue().destroy();
            }
            return match;
        });
        return removed;
    }

    /**
     * The stored private key, for signing. It stays owned by the vault and is wiped when the vault locks.
     *
     * @throws KeystoreException VAULT_LOCKED, KEY_NOT_IN_VAULT, INTEGRITY (naming account and role)
     */
    public synchronized PrivateKey key(AccountName account, KeyRole role) {
        byte[] current = requireUnlocked();
        VaultEntryId id = new VaultEntryId(account, role);
        PrivateKey cached = opened.get(id);
        if (cached != null && !cached.isDestroyed()) {
            return cached;
        }
        PrivateKey key = openRecord(current, account, role);
        opened.put(id, key);
        return key;
    }

    /**
     * The key as WIF, only after the vault password is entered again (even when unlocked). The caller wipes it.
     *
     * @throws KeystoreException EMPTY_PASSWORD, WRONG_PASSWORD, KEY_NOT_IN_VAULT, INTEGRITY
     */
    public synchronized char[] revealWif(AccountName account, KeyRole role, char[] password) {
        byte[] key = unwrap(file.readHeader(), password);
        try {
            PrivateKey privateKey = openRecord(key, account, role);
            try {
                return privateKey.toWif();
            } finally {
                privateKey.destroy();
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Re-wraps the data key under a new password (with the current settings' Argon2id cost, which upgrades an old
     * vault's parameters). The header is replaced in one SQLite transaction: if it fails, the old password still
     * opens the vault. The key records are untouched. The vault's lock state does not change.
     *
     * @throws KeystoreException EMPTY_PASSWORD, WRONG_PASSWORD (current), STORAGE, DISK_FULL (old password still works)
     */
    public synchronized void changePassword(char[] currentPassword, char[] newPassword) {
        requirePassword(newPassword);
        byte[] key = unwrap(file.readHeader(), currentPassword);
        try {
            VaultFile.Header header = wrap(key, newPassword, settings);
            file.inTransaction(() -> file.writeHeader(header));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Whether other users of this computer could read the vault file when it was opened (it has been made private
     * since, when possible). The app shows this: whoever copied the file can try passwords offline.
     */
    public Optional<FileExposure> exposure() {
        return file.exposure();
    }

    /** The Argon2id cost the vault file currently uses. */
    public synchronized Argon2idParameters kdfParameters() {
        return file.readHeader().parameters();
    }

    @Override
    public synchronized void close() {
        lock();
        file.close();
    }

    private PrivateKey openRecord(byte[] key, AccountName account, KeyRole role) {
        List<VaultFile.Row> rows = file.rows(Optional.of(account), Optional.of(role));
        if (rows.isEmpty()) {
            throw new KeystoreException(Reason.KEY_NOT_IN_VAULT, account, role,
                    "the vault holds no " + role.wireName() + " key for " + account, null);
        }
        VaultFile.Row row = rows.get(0);
        try {
            return KeyRecord.open(key, row.record(), account, role, row.entry().publicKey());
        } catch (SealBroken e) {
            throw new KeystoreException(Reason.INTEGRITY, account, role, "the vault record of " + account + "'s "
                    + role.wireName() + " key is damaged or was altered; other keys are not affected", e);
        }
    }

    private byte[] requireUnlocked() {
        if (lockIfIdle()) {
            throw new KeystoreException(Reason.VAULT_LOCKED, "the vault is locked");
        }
        touch();
        return dataKey;
    }

    private void touch() {
        lastUse = settings.clock().instant();
    }

    private static VaultFile.Header wrap(byte[] dataKey, char[] password, VaultSettings settings) {
        byte[] salt = randomBytes(settings, Argon2idParameters.SALT_SIZE);
        byte[] nonce = randomBytes(settings, AesGcm.NONCE_SIZE);
        Argon2idParameters parameters = settings.kdf();
        byte[] passwordKey = passwordKey(parameters, password, salt);
        try {
            byte[] wrapped = AesGcm.seal(passwordKey, nonce, headerBinding(parameters, salt), dataKey);
            return new VaultFile.Header(VaultFile.FORMAT_VERSION, Argon2idParameters.NAME, parameters, salt, nonce, wrapped);
        } finally {
            Arrays.fill(passwordKey, (byte) 0);
        }
    }

    /** The data key, which the caller wipes. A damaged header also reads as a wrong password: GCM can't tell. */
    private static byte[] unwrap(VaultFile.Header header, char[] password) {
        requirePassword(password);
        byte[] passwordKey = passwordKey(header.parameters(), password, header.salt());
        try {
            return AesGcm.open(passwordKey, header.wrapNonce(), headerBinding(header.parameters(), header.salt()),
                    header.wrappedKey());
        } catch (SealBroken e) {
            throw new KeystoreException(Reason.WRONG_PASSWORD, "wrong password or damaged vault");
        } finally {
            Arrays.fill(passwordKey, (byte) 0);
        }
    }

    private static byte[] passwordKey(Argon2idParameters parameters, char[] password, byte[] salt) {
        byte[] bytes = SecretText.utf8(password);
        try {
            return parameters.deriveKey(bytes, salt, AesGcm.KEY_SIZE);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Associated data of the wrapped key: altering the stored KDF name, cost or salt makes it fail to open. */
    private static byte[] headerBinding(Argon2idParameters parameters, byte[] salt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DATA_KEY_DOMAIN);
        out.write(VaultFile.FORMAT_VERSION);
        out.writeBytes(Argon2idParameters.NAME.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(parameters.encoded());
        out.writeBytes(salt);
        return out.toByteArray();
    }

    private static void requirePassword(char[] password) {
        if (password == null || SecretText.isBlank(password)) {
            throw new KeystoreException(Reason.EMPTY_PASSWORD, "the vault password is empty");
        }
    }

    private static byte[] randomBytes(VaultSettings settings, int size) {
        byte[] bytes = new byte[size];
        settings.random().nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "Vault[" + (dataKey == null ? "locked" : "unlocked") + "]";
    }
}
