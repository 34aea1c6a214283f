package org.steemdesk.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.disk.FileExposure;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.ui.Background;

/**
 * The app's {@link Keys} as the screens see them: observable state (absent, locked, unlocked), the stored keys,
 * the current account, and the auto-lock. Every vault call runs off the FX thread (Argon2 takes about half a
 * second); observable state changes on the UI executor. Passwords and keys passed in are wiped once used.
 */
public final class VaultSession implements AutoCloseable {
    public enum State { ABSENT, LOCKED, UNLOCKED }

    private final Keys keys;
    private final Background background;
    private final Clock clock;
    private volatile Instant lastActivity;
    /** The keys' state as last published: read on the FX thread without touching the vault file. */
    private volatile State current;
    /** {@code --account}: acted for even without keys here, as the CLI does. */
    private volatile AccountName launchAccount;
    /** Why the vault file could not be opened (damaged, written by a newer version), while it cannot. */
    private volatile KeystoreException openFailure;
    /** The vault file was readable by others when opened: told to the user until they have read it. */
    private volatile FileExposure exposure;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ABSENT);
    private final ObservableList<StoredKey> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AccountName> currentAccount = new SimpleObjectProperty<>(this, "currentAccount");
    private final ObjectProperty<Duration> autoLock;

    private VaultSession(Keys keys, Background background, Clock clock, Duration autoLock) {
        this.keys = keys;
        this.background = background;
        this.clock = clock;
        this.autoLock = new SimpleObjectProperty<>(this, "autoLock", autoLock);
        this.lastActivity = clock.instant();
        current = readState();
        state.set(current);
        entries.setAll(readList());
        exposure = keys.exposure().orElse(null);
        accountNames().stream().findFirst().ifPresent(currentAccount::set);
    }

    /**
     * The session over the app's keys (call off the FX thread: it reads the vault file). The vault's own idle
     * timeout is only a backstop: it cannot see the user typing, so the session itself locks after
     * {@code autoLock} without user activity.
     */
    public static VaultSession open(Keys keys, Background background, Clock clock, Duration autoLock) {
        return new VaultSession(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(background,
                "background"), Objects.requireNonNull(clock, "clock"), autoLock);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Public information on the stored keys, kept current after every change. */
    public ObservableList<StoredKey> entries() {
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
        return entries.stream().map(StoredKey::account).distinct().sorted().toList();
    }

    /** The accounts the app can act for: the vault's, and the one named with {@code --account}. */
    public List<AccountName> switchableAccounts() {
        AccountName named = launchAccount;
        return named == null ? accountNames() : Stream.concat(accountNames().stream(), Stream.of(named)).distinct()
                .sorted().toList();
    }

    /**
     * Acts for the account named with {@code --account}, as the CLI does: it stays the current account (and a
     * choice in the switcher) even without keys in this vault, where reading works and votes wait in the queue.
     */
    public void actFor(AccountName account) {
        launchAccount = Objects.requireNonNull(account, "account");
        currentAccount.set(account);
    }

    /** Creates the vault, unlocked. The password is wiped. */
    public CompletableFuture<Void> create(char[] password) {
        return call(() -> {
            keys.create(password);
            return null;
        });
    }

    /** Unlocks with the vault password (wiped). */
    public CompletableFuture<Void> unlock(char[] password) {
        return call(() -> {
            keys.unlock(password);
            return null;
        });
    }

    public CompletableFuture<Void> lock() {
        return call(() -> {
            keys.lock();
            return null;
        });
    }

    /**
     * Derives the Steemit login keys, checks them against the chain and stores those that match (owner only when
     * asked). Returns the roles stored. The password is wiped.
     */
    public CompletableFuture<Set<KeyRole>> addByPassword(AccountName account, char[] password, boolean withOwner) {
        return call(() -> keys.addByPassword(account, password, withOwner));
    }

    /** Checks a private key against the account's keys on chain and stores it under the role. The WIF is wiped. */
    public CompletableFuture<KeyRole> addByWif(AccountName account, KeyRole role, char[] wif) {
        return call(() -> keys.addByWif(account, role, wif));
    }

    /** Removes all the account's keys. */
    public CompletableFuture<Integer> remove(AccountName account) {
        return call(() -> keys.remove(account, Optional.empty()));
    }

    /** Re-wraps the vault under a new password; both are wiped. */
    public CompletableFuture<Void> changePassword(char[] current, char[] newPassword) {
        return call(() -> {
            keys.changePassword(current, newPassword);
            return null;
        });
    }

    /** The key as WIF after the vault password (wiped) is entered again; the caller wipes the result. */
    public CompletableFuture<char[]> reveal(AccountName account, KeyRole role, char[] password) {
        return call(() -> keys.reveal(account, role, password));
    }

    /** The accounts' keys as the chain has them now, to compare with the stored ones. */
    public CompletableFuture<Map<AccountName, AccountKeys>> chainKeys(List<AccountName> names) {
        return background.supply(() -> keys.onChain(names));
    }

    /**
     * Runs {@code work} (signing votes, wallet plans) off the FX thread once the vault is unlocked; it fails with
     * VAULT_MISSING or VAULT_LOCKED otherwise. Not user activity: a background flush must not delay the auto-lock.
     */
    public <T> CompletableFuture<T> whileUnlocked(Supplier<T> work) {
        return background.supply(() -> callUnlocked(work));
    }

    /** As {@link #whileUnlocked}, on the calling thread (a periodic job's own). */
    public <T> T callUnlocked(Supplier<T> work) {
        try {
            keys.unlockedVault();
            return work.get();
        } finally {
            publish();
        }
    }

    public boolean isUnlocked() {
        return current == State.UNLOCKED;
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
        if (!keys.exists()) {
            return;
        }
        boolean idle = !clock.instant().isBefore(lastActivity.plus(autoLock.get()));
        if (idle) {
            keys.lock();
        }
        keys.lockIfIdle();
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
        State newState = readState();
        current = newState;
        List<StoredKey> list = readList();
        background.onUi(() -> {
            state.set(newState);
            if (!entries.equals(list)) {
                entries.setAll(list);
            }
            List<AccountName> names = switchableAccounts();
            if (currentAccount.get() == null || !names.contains(currentAccount.get())) {
                currentAccount.set(names.isEmpty() ? null : names.get(0));
            }
        });
    }

    /**
     * Why the vault file cannot be opened (VAULT_DAMAGED, VAULT_UNSUPPORTED…), while it cannot. The session then
     * counts the vault as locked with no keys, so the app still starts and the keys page can say what is wrong.
     */
    public Optional<KeystoreException> openFailure() {
        return Optional.ofNullable(openFailure);
    }

    /** The vault file was readable by other users when it was opened, until {@link #exposureTold()}. */
    public Optional<FileExposure> exposure() {
        return Optional.ofNullable(exposure);
    }

    /** The user has read the exposure warning: it is not shown again in this run. */
    public void exposureTold() {
        exposure = null;
    }

    private State readState() {
        try {
            State read = state(keys.state());
            openFailure = null;
            return read;
        } catch (KeystoreException e) {
            openFailure = e;
            return State.LOCKED;
        }
    }

    private List<StoredKey> readList() {
        try {
            return keys.list();
        } catch (KeystoreException e) {
            return List.of();
        }
    }

    private static State state(Keys.State keys) {
        return switch (keys) {
            case ABSENT -> State.ABSENT;
            case LOCKED -> State.LOCKED;
            case UNLOCKED -> State.UNLOCKED;
        };
    }

    /** The keys belong to the app's context, which closes them (wiping what was unlocked). */
    @Override
    public void close() {
        keys.lock();
    }
}
