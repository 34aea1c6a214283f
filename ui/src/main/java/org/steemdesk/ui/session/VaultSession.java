package org.steemdesk.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.keystore.login.WifInput;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.ui.Background;

/**
 * The key vault as the screens see it: observable state (absent, locked, unlocked), the stored keys, the current
 * account, and the auto-lock. Every vault call runs on the background executor (Argon2 takes about half a second,
 * and the vault's methods hold its lock meanwhile); observable state changes on the UI executor. Passwords and keys
 * passed in are wiped once used.
 */
public final class VaultSession implements AutoCloseable {
    public enum State { ABSENT, LOCKED, UNLOCKED }

    private final Path file;
    private final VaultSettings settings;
    private final OnChainAccounts accounts;
    private final Background background;
    private final Clock clock;
    private volatile Vault vault;
    private volatile Instant lastActivity;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ABSENT);
    private final ObservableList<VaultEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AccountName> currentAccount = new SimpleObjectProperty<>(this, "currentAccount");
    private final ObjectProperty<Duration> autoLock;

    private VaultSession(Path file, VaultSettings settings, OnChainAccounts accounts, Background background,
                         Clock clock, Duration autoLock, Vault vault) {
        this.file = file;
        this.settings = settings;
        this.accounts = accounts;
        this.background = background;
        this.clock = clock;
        this.autoLock = new SimpleObjectProperty<>(this, "autoLock", autoLock);
        this.vault = vault;
        this.lastActivity = clock.instant();
        if (vault != null) {
            state.set(State.LOCKED);
            entries.setAll(vault.list());
            accountNames().stream().findFirst().ifPresent(currentAccount::set);
        }
    }

    /**
     * Opens {@code file} locked if it exists (call off the FX thread: it reads the file). The vault's own idle
     * timeout in {@code settings} is only a backstop: it cannot see the user typing, so the session itself locks
     * after {@code autoLock} without user activity.
     */
    public static VaultSession open(Path file, VaultSettings settings, OnChainAccounts accounts,
                                    Background background, Clock clock, Duration autoLock) {
        Vault vault = Files.exists(file) ? Vault.open(file, settings) : null;
        return new VaultSession(file, settings, accounts, background, clock, autoLock, vault);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Public information on the stored keys, kept current after every change. */
    public ObservableList<VaultEntry> entries() {
        return entries;
    }

    /** The account the app acts for; one of the vault's accounts, or null when it has none. */
    public ObjectProperty<AccountName> currentAccountProperty() {
        return currentAccount;
    }

    /** The idle time without user input after which the session locks the vault. */
    public ObjectProperty<Duration> autoLockProperty() {
        return autoLock;
    }

    /** The vault's accounts, sorted, without repeats. */
    public List<AccountName> accountNames() {
        return entries.stream().map(VaultEntry::account).distinct().sorted().toList();
    }

    /** Creates the vault, unlocked. The password is wiped. */
    public CompletableFuture<Void> create(char[] password) {
        return call(() -> {
            try {
                vault = Vault.create(file, password, settings);
                return null;
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /** Unlocks with the vault password (wiped). */
    public CompletableFuture<Void> unlock(char[] password) {
        return call(() -> {
            try {
                requireVault().unlock(password);
                return null;
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    public CompletableFuture<Void> lock() {
        return call(() -> {
            if (vault != null) {
                vault.lock();
            }
            return null;
        });
    }

    /**
     * Derives the Steemit login keys, checks them against the chain and stores those that match: posting, active
     * and memo, and owner only when asked. Returns the roles stored. The password is wiped.
     *
     * @throws KeystoreException (in the future) WIF_GIVEN_AS_PASSWORD, EMPTY_PASSWORD, PASSWORD_MATCHES_NO_KEY,
     *     VAULT_LOCKED; or the chain's UnknownAccountException / RpcException
     */
    public CompletableFuture<Set<KeyRole>> addByPassword(AccountName account, char[] password, boolean withOwner) {
        return call(() -> {
            LoginKeys login = null;
            try {
                login = LoginKeys.derive(account, password);
                requireUnlocked();
                AccountKeys onChain = accounts.keys(account);
                Map<KeyRole, RoleMatch> matched = onChain.checkLogin(login);
                Set<KeyRole> stored = EnumSet.noneOf(KeyRole.class);
                for (KeyRole role : matched.keySet()) {
                    if (role != KeyRole.OWNER || withOwner) {
                        vault.put(onChain, role, login.key(role));
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
        });
    }

    /** Checks a private key against the account's keys on chain and stores it under the role. The WIF is wiped. */
    public CompletableFuture<KeyRole> addByWif(AccountName account, KeyRole role, char[] wif) {
        return call(() -> {
            PrivateKey key = null;
            try {
                key = WifInput.parse(wif);
                requireUnlocked();
                vault.put(accounts.keys(account), role, key);
                return role;
            } finally {
                Arrays.fill(wif, '\0');
                if (key != null) {
                    key.destroy();
                }
            }
        });
    }

    /** Removes all the account's keys. */
    public CompletableFuture<Integer> remove(AccountName account) {
        return call(() -> requireVault().remove(account, Optional.empty()));
    }

    /** Re-wraps the vault under a new password; both are wiped. */
    public CompletableFuture<Void> changePassword(char[] current, char[] newPassword) {
        return call(() -> {
            try {
                requireVault().changePassword(current, newPassword);
                return null;
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(newPassword, '\0');
            }
        });
    }

    /** The key as WIF after the vault password (wiped) is entered again; the caller wipes the result. */
    public CompletableFuture<char[]> reveal(AccountName account, KeyRole role, char[] password) {
        return call(() -> {
            try {
                return requireVault().revealWif(account, role, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /** The accounts' keys as the chain has them now, to compare with the stored ones. */
    public CompletableFuture<Map<AccountName, AccountKeys>> chainKeys(List<AccountName> names) {
        return background.supply(() -> {
            var result = new java.util.TreeMap<AccountName, AccountKeys>();
            for (AccountName name : names) {
                result.put(name, accounts.keys(name));
            }
            return result;
        });
    }

    /**
     * Runs {@code work} off the FX thread with the unlocked vault (signing votes, wallet plans); fails with
     * VAULT_MISSING or VAULT_LOCKED otherwise. Not user activity: a background flush must not delay the auto-lock.
     */
    public <T> CompletableFuture<T> withUnlockedVault(java.util.function.Function<Vault, T> work) {
        return background.supply(() -> {
            try {
                requireUnlocked();
                return work.apply(vault);
            } finally {
                publish();
            }
        });
    }

    public boolean isUnlocked() {
        Vault current = vault;
        return current != null && current.isUnlocked();
    }

    /** The user did something: the idle time starts again. */
    public void userActivity() {
        lastActivity = clock.instant();
    }

    /**
     * Locks the vault when the user has been idle for the auto-lock time, or when the vault's own backstop has
     * passed; a timer calls this off the FX thread.
     */
    public void checkIdle() {
        Vault current = vault;
        if (current == null) {
            return;
        }
        boolean idle = !clock.instant().isBefore(lastActivity.plus(autoLock.get()));
        if (idle) {
            current.lock();
        }
        current.lockIfIdle();
        publish();
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        userActivity();
        return background.supply(() -> {
            try {
                return work.get();
            } finally {
                publish();
            }
        });
    }

    private void publish() {
        Vault current = vault;
        State newState = current == null ? State.ABSENT : current.isUnlocked() ? State.UNLOCKED : State.LOCKED;
        List<VaultEntry> list = current == null ? List.of() : current.list();
        background.onUi(() -> {
            state.set(newState);
            if (!entries.equals(list)) {
                entries.setAll(list);
            }
            List<AccountName> names = accountNames();
            if (currentAccount.get() == null || !names.contains(currentAccount.get())) {
                currentAccount.set(names.isEmpty() ? null : names.get(0));
            }
        });
    }

    private Vault requireVault() {
        Vault current = vault;
        if (current == null) {
            throw new KeystoreException(Reason.VAULT_MISSING, "no vault has been created yet");
        }
        return current;
    }

    private void requireUnlocked() {
        if (!requireVault().isUnlocked()) {
            throw new KeystoreException(Reason.VAULT_LOCKED, "the vault is locked");
        }
    }

    @Override
    public void close() {
        Vault current = vault;
        if (current != null) {
            current.close();
        }
    }
}
