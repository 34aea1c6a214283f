package org.steemdesk.app.wallet;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.OutboxState;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.keystore.vault.PendingKeys;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;

/**
 * The Steemit "change password": a new master password generated as Steemit does ({@code P} + the WIF of 32 random
 * bytes), its four keys installed with {@code account_update} signed by the current owner key (derived from the
 * current master password at that moment), and the vault moved to the new keys. The states, and what moves them:
 * <ol>
 *   <li><b>idle</b>: the vault holds the current keys K; the chain has K.</li>
 *   <li><b>staged</b>: the transaction T is signed; before it is first stored in the outbox or sent, the new keys N
 *       go into the vault as pending keys of T (one vault transaction), beside K, which stay the keys in use. A
 *       crash before this point leaves nothing signed anywhere that can land; a crash after it leaves a state
 *       {@link #settle} resolves.</li>
 *   <li><b>done</b>: the chain confirmed T → N replace K in the vault (one vault transaction: K removed, N
 *       current). The old password gives keys the chain no longer takes.</li>
 *   <li><b>refused</b>: the chain refused T → N are dropped; K stay, on chain and in the vault.</li>
 *   <li><b>unclear</b> (sent, no clear answer): both stay. {@link #settle} decides later from the chain itself: the
 *       account shows N → done; T refused, or the head block is past T's expiration while the account still shows
 *       K → T can never land, N are dropped; otherwise it waits. No new password change starts meanwhile.</li>
 * </ol>
 * The new password is shown once and never stored; the vault holds only keys.
 */
public record KeyRotation(Supplier<WalletService> service, Keys keys, SecureRandom random) {
    /** The roles a Steemit login stores; the owner key too when the vault held the old one. */
    private static final Set<KeyRole> STORED = EnumSet.of(KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO);

    /** Where a password change of an account stands after {@link #settle}. */
    public enum State {
        /** No change of this account is waiting. */
        NONE,
        /** The chain has the new keys: they are now the vault's keys. */
        DONE,
        /** The change can no longer land: the new keys were dropped, the old ones stay. */
        DROPPED,
        /** Not settled yet: the vault keeps both. */
        WAITING
    }

    /** The outcome of {@link #execute}: DONE, or WAITING with the transaction left in the outbox. */
    public record Outcome(State state, WalletReceipt receipt) {
        public Outcome {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * Generates the new password and plans the change. Nothing is signed or stored; destroy the draft when done.
     *
     * @throws WalletException ROTATION_PENDING, MULTISIG_AUTHORITY, OWNER_UPDATE_TOO_SOON, UNKNOWN_SENDER, ...
     */
    public RotationDraft draft(AccountName account) {
        if (keys.exists() && keys.vault().pending(account).isPresent()) {
            throw new WalletException(Reason.ROTATION_PENDING, "a password change of " + account + " is still "
                    + "waiting for the chain: settle it first (`steemdesk keys rotate " + account + " --settle`)",
                    account.value());
        }
        char[] password = generatePassword();
        LoginKeys newKeys = LoginKeys.derive(account, password);
        try {
            WalletPlan plan = service.get().plan(account, new WalletRequest.RotateKeys(newKeys.publicKeys()), null);
            return new RotationDraft(password, newKeys, plan, random);
        } catch (RuntimeException e) {
            Arrays.fill(password, '\0');
            newKeys.destroy();
            throw e;
        }
    }

    /**
     * Checks the current master password against the owner key on chain before the user goes through the new
     * password's backup; it stays the caller's (not wiped).
     *
     * @throws WalletException WRONG_MASTER_PASSWORD, UNKNOWN_SENDER, NODE_UNAVAILABLE
     */
    public void checkCurrentPassword(AccountName account, char[] currentPassword) {
        OwnerKey.check(service.get().api(), account, currentPassword);
    }

    /**
     * Signs the change with the owner key of {@code currentPassword} (wiped) and moves the vault as described above.
     *
     * @throws WalletException BACKUP_NOT_CONFIRMED or WRONG_MASTER_PASSWORD (nothing signed), REJECTED (the new keys
     *     were dropped), and the vault's KeystoreException VAULT_MISSING / VAULT_LOCKED before anything is signed
     */
    public Outcome execute(RotationDraft draft, char[] currentPassword) {
        AccountName account = draft.plan().account();
        if (!draft.backupConfirmed()) {
            Arrays.fill(currentPassword, '\0');
            throw new WalletException(Reason.BACKUP_NOT_CONFIRMED, "the backup of the new password was not "
                    + "confirmed; nothing was signed");
        }
        Vault vault;
        try {
            vault = keys.unlockedVault();
        } catch (RuntimeException e) {
            Arrays.fill(currentPassword, '\0');
            throw e;
        }
        Map<KeyRole, PrivateKey> toStore = new EnumMap<>(KeyRole.class);
        Set<KeyRole> held = EnumSet.noneOf(KeyRole.class);
        vault.list(account).forEach(e -> held.add(e.role()));
        for (KeyRole role : KeyRole.values()) {
            if (STORED.contains(role) || held.contains(role)) {
                toStore.put(role, draft.keys().key(role));
            }
        }
        WalletReceipt receipt;
        try {
            receipt = service.get().executeWithMasterPassword(draft.plan(), currentPassword,
                    signed -> vault.stagePending(account, toStore, signed.txId(), signed.expiration()));
        } catch (WalletException e) {
            if (e.reason() == Reason.REJECTED) {
                vault.dropPending(account);
            }
            throw e;
        }
        if (receipt.status() == WalletReceipt.Status.CONFIRMED) {
            vault.promotePending(account);
            return new Outcome(State.DONE, receipt);
        }
        return new Outcome(State.WAITING, receipt);
    }

    /**
     * Settles a password change left unclear, from what the chain shows (see the states above); works with the
     * vault locked.
     */
    public State settle(AccountName account) {
        if (!keys.exists()) {
            return State.NONE;
        }
        Vault vault = keys.vault();
        Optional<PendingKeys> pending = vault.pending(account);
        if (pending.isEmpty()) {
            return State.NONE;
        }
        if (installed(pending.get(), keys.onChain(account))) {
            vault.promotePending(account);
            return State.DONE;
        }
        Optional<OutboxEntry> sent = service.get().outbox().byTxId(pending.get().txId());
        boolean refused = sent.map(e -> e.state() == OutboxState.REJECTED || e.state() == OutboxState.EXPIRED)
                .orElse(false);
        boolean expired = service.get().api().getDynamicGlobalProperties().send().time()
                .isAfter(pending.get().expiration());
        if (refused || expired) {
            vault.dropPending(account);
            return State.DROPPED;
        }
        return State.WAITING;
    }

    /** Whether every pending key is the account's key of its role on chain now. */
    private static boolean installed(PendingKeys pending, AccountKeys chain) {
        for (VaultEntry entry : pending.entries()) {
            PublicKey key = entry.publicKey();
            boolean matches = entry.role() == KeyRole.MEMO ? chain.memo().equals(key)
                    : chain.authority(entry.role()).map(a -> a.keyAuths().containsKey(key)).orElse(false);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** {@code P} followed by the WIF of a new random private key, as Steemit's password change suggests. */
    private char[] generatePassword() {
        byte[] secret = new byte[32];
        PrivateKey key = null;
        while (key == null) {
            random.nextBytes(secret);
            try {
                key = PrivateKey.fromBytes(secret);
            } catch (IllegalArgumentException outOfRange) {
                // 0 or beyond the curve order: about one draw in 2^128; draw again
            }
        }
        Arrays.fill(secret, (byte) 0);
        char[] wif = key.toWif();
        key.destroy();
        char[] password = new char[wif.length + 1];
        password[0] = 'P';
        System.arraycopy(wif, 0, password, 1, wif.length);
        Arrays.fill(wif, '\0');
        return password;
    }
}
