package org.steemdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.steemdesk.app.account.AccountStatus;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.curation.Curation;
import org.steemdesk.app.guard.Guard;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.Nodes;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.app.runner.CurationRunner;
import org.steemdesk.app.runner.RunnerEvent;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.AccountListCache;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.NodeHealthStore;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.app.sync.AccountSync;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.app.sync.PostSync;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.wallet.SignedTransactions;
import org.steemdesk.app.wallet.KeyRotation;
import org.steemdesk.app.wallet.Wallet;
import org.steemdesk.app.wallet.WalletOverview;
import org.steemdesk.app.wallet.WalletService;
import org.steemdesk.app.work.Work;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodePool;

/**
 * The application: built once per run from {@link AppSettings} by whichever door opened it (desktop app, CLI
 * command, curation runner) and closed when that door closes. It wires every use case once, here and nowhere else,
 * and hands them out as facades. Building it touches nothing: the data directory, cache.db, the node pool and the
 * vault open when a use case first needs them, so a window can show before any of them is ready. The facades'
 * methods do the work (disk, network, Argon2): call them off the FX thread.
 */
public final class AppContext implements AutoCloseable {
    public static final String VAULT_FILE = "vault.db";

    private final AppSettings settings;
    private final Lazy<DataDirectory> directory;
    private final Lazy<CacheDatabase> cache;
    private final Lazy<OkHttpClient> http;
    private final Lazy<NodePool> pool;
    private final Lazy<NodeReader> reader;
    private final Lazy<WalletService> walletService;
    private final Keys keys;
    private final Votes votes;
    private final Wallet wallet;
    private final SignedTransactions outbox;
    private final WalletOverview walletOverview;
    private final KeyRotation keyRotation;
    private final Guard guard;
    private final Curation curation;
    private final Rewards rewards;
    private final Nodes nodes;
    private final AccountStatus status;

    private AppContext(AppSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Clock clock = settings.clock();
        directory = new Lazy<>(() -> DataDirectory.resolve(settings.dataDir()).create());
        cache = new Lazy<>(() -> CacheDatabase.open(directory.get().cacheFile()));
        http = new Lazy<>(HttpNode::defaultClient);
        pool = new Lazy<>(this::openPool);
        reader = new Lazy<>(() -> new NodeReader(pool.get(), SteemJson.mapper()));
        walletService = new Lazy<>(() -> new WalletService(reader.get(), cache.get(), settings.chainId(), clock));
        keys = new Keys(() -> directory.get().path().resolve(VAULT_FILE), settings.vault(), this::onChainAccounts);
        votes = new Votes(cache, reader, keys, settings.chainId(), clock, duration -> Thread.sleep(duration.toMillis()));
        wallet = new Wallet(walletService, cache, keys);
        outbox = new SignedTransactions(cache, reader, clock);
        walletOverview = new WalletOverview(() -> reader.get().api());
        keyRotation = new KeyRotation(walletService, keys, new SecureRandom());
        guard = new Guard(() -> reader.get().api(), cache, clock);
        curation = new Curation(cache, reader, this::onChainAccounts, clock);
        rewards = new Rewards(cache, walletService, this::onChainAccounts, keys, clock);
        nodes = new Nodes(pool, reader, http, () -> new NodeHealthStore(cache.get()), this::settingsStore, clock);
        status = new AccountStatus(pool, () -> new VoteQueue(cache.get(), new Outbox(cache.get())), clock);
    }

    /** A context for these settings; nothing is opened yet. */
    public static AppContext open(AppSettings settings) {
        return new AppContext(settings);
    }

    public AppSettings settings() {
        return settings;
    }

    public Clock clock() {
        return settings.clock();
    }

    /** The data directory (created on first use). */
    public Path dataDirectory() {
        return directory.get().path();
    }

    // ---- the use cases ----

    /** Keys and the vault: create, unlock, lock, list, add, remove, reveal, change the password. */
    public Keys keys() {
        return keys;
    }

    /** Votes: record, estimate, drain, the queue. */
    public Votes votes() {
        return votes;
    }

    /** The wallet: plan, confirm (the plan says what will be signed), execute, the outbox. */
    public Wallet wallet() {
        return wallet;
    }

    /**
     * What this computer signed and where each stands; settling what is unsettled. Every door settles at its start
     * (see {@link SignedTransactions}).
     */
    public SignedTransactions outbox() {
        return outbox;
    }

    /**
     * What the wallet page shows beside the balances: pending conversions, witnesses and votes, power-down routes,
     * the recovery account, delegations both ways, SBD interest.
     */
    public WalletOverview walletOverview() {
        return walletOverview;
    }

    /** The Steemit "change password": new keys for an account, the vault moved to them in the same step. */
    public KeyRotation keyRotation() {
        return keyRotation;
    }

    /** The account guard: changes to an account made by anyone, found on every pass, with their remedies. */
    public Guard guard() {
        return guard;
    }

    /** The curation trail and its runs. */
    public Curation curation() {
        return curation;
    }

    /**
     * Starts the headless curation runner for {@code accounts} (their keys must be unlocked in {@link #keys()}): the
     * trails every {@code trailPeriod}, votes sent on time, votes of other processes picked up, plus {@code jobs};
     * each thing it does goes to {@code log}. Close it to stop.
     *
     * @throws org.steemdesk.app.runner.RunnerBusyException another runner sends from this data folder
     */
    public CurationRunner startCurationRunner(List<AccountName> accounts, Duration trailPeriod,
                                              List<CurationRunner.Job> jobs, Consumer<RunnerEvent> log) {
        return CurationRunner.start(votes, curation, accounts, trailPeriod, jobs, Work.threaded(), clock(), log);
    }

    /** Reward analytics and the opt-in automatic claim. */
    public Rewards rewards() {
        return rewards;
    }

    /** The nodes of this run, the saved node list, node checks. */
    public Nodes nodes() {
        return nodes;
    }

    /** Head block, the account's voting mana and RC, waiting votes: what a status bar shows. */
    public AccountStatus status() {
        return status;
    }

    /** Feeds, cache first (opens cache.db on first call). */
    public FeedSync feeds() {
        return new FeedSync(reader::get, SteemJson.mapper(), new PostCache(cache.get()), clock());
    }

    /** Posts with their replies, cache first (opens cache.db on first call). */
    public PostSync posts() {
        return new PostSync(reader.get(), new PostCache(cache.get()), clock());
    }

    /** Accounts with balances and stake, cache first (opens cache.db on first call). */
    public AccountSync accounts() {
        CacheDatabase db = cache.get();
        return new AccountSync(reader.get(), new AccountCache(db), new AccountListCache(db), new ChainObjectCache(db),
                clock());
    }

    /** Account history, cached and extended from the node (opens cache.db on first call). */
    public HistorySync history() {
        return new HistorySync(reader.get(), new HistoryCache(cache.get()));
    }

    /** The user's settings as key/value text in cache.db, for a door's own preferences (language, theme). */
    public SettingsStore settingsStore() {
        return new SettingsStore(cache.get());
    }

    /** Accounts as the chain has them now, for checks that must not rely on the cache. */
    public OnChainAccounts onChainAccounts() {
        return new OnChainAccounts(new CondenserApi(pool.get(), SteemJson.mapper()));
    }

    /**
     * The account this run acts for: {@code --account}, else the vault's only account.
     *
     * @throws IllegalArgumentException with no account in the vault, or several (naming them)
     */
    public AccountName actingAccount() {
        if (settings.account().isPresent()) {
            return settings.account().get();
        }
        List<AccountName> accounts = keys.accounts();
        if (accounts.size() == 1) {
            return accounts.get(0);
        }
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("no account in the vault: add one with `steemdesk keys login ACCOUNT`,"
                    + " or name one with --account");
        }
        throw new IllegalArgumentException("the vault holds several accounts (" + accounts.stream()
                .map(AccountName::value).collect(Collectors.joining(", ")) + "): choose one with --account");
    }

    /**
     * The {@code --node} list, else the nodes saved in the settings, else the defaults; with the door's deadlines,
     * else the saved timeout.
     */
    private NodePool openPool() {
        List<URI> urls = settings.nodes();
        if (urls.isEmpty()) {
            urls = nodes.saved();
        }
        if (urls.isEmpty()) {
            urls = NodePool.DEFAULT_NODES;
        }
        return new NodePool(urls, http.get(), SteemJson.mapper(), clock(), duration -> Thread.sleep(duration.toMillis()),
                RandomGenerator.getDefault(), nodePolicy());
    }

    /** The door's node policy; when the door left the deadlines as they are, the timeout the user saved applies. */
    private NodePool.Settings nodePolicy() {
        NodePool.Settings policy = settings.nodePolicy();
        if (!policy.limits().equals(AppSettings.NODE_POLICY.limits())) {
            return policy;
        }
        return nodes.savedTimeout().map(t -> settings.withTimeout(t).nodePolicy()).orElse(policy);
    }

    /** Closes what was opened: the vault (its keys wiped), cache.db, the HTTP client's threads and connections. */
    @Override
    public void close() {
        keys.close();
        cache.made().ifPresent(CacheDatabase::close);
        http.made().ifPresent(client -> {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        });
    }
}
