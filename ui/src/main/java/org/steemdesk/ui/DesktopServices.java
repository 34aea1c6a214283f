package org.steemdesk.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.vault.VaultSettings;

/**
 * The composition root of the desktop app: the services every screen shares, built once from the launch options
 * and closed on exit. Opening it touches the disk (cache.db), so it is built off the FX thread
 * ({@link javafx.application.Application#init()}).
 */
public final class DesktopServices implements AutoCloseable {
    public static final String VAULT_FILE = "vault.db";

    private final DataDirectory dataDirectory;
    private final CacheDatabase cache;
    private final Preferences preferences;
    private final NodePool nodes;
    private final CondenserApi api;
    private final OnChainAccounts accounts;
    private final VoteQueue voteQueue;
    private final VaultSettings vaultSettings;
    private final Background background;
    private final Clock clock;
    private final AppServices app;
    private final org.steemdesk.ui.post.ImageLoader images;

    private DesktopServices(DataDirectory dataDirectory, CacheDatabase cache, List<URI> nodeUrls,
                            VaultSettings vaultSettings, Background background, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.cache = cache;
        this.preferences = new Preferences(new SettingsStore(cache));
        this.nodes = NodePool.create(nodeUrls.isEmpty() ? preferredNodes(preferences) : nodeUrls);
        this.api = new CondenserApi(nodes, SteemJson.mapper());
        this.accounts = new OnChainAccounts(api);
        this.voteQueue = new VoteQueue(cache, new Outbox(cache));
        this.vaultSettings = vaultSettings;
        this.background = background;
        this.clock = clock;
        this.app = new AppServices(cache, new org.steemdesk.app.node.NodeReader(nodes, SteemJson.mapper()),
                voteQueue, clock);
        this.images = new org.steemdesk.ui.post.HttpImageLoader(new okhttp3.OkHttpClient(), background,
                org.steemdesk.ui.post.HttpImageLoader.DEFAULT_MAX_BYTES);
    }

    /**
     * Opens the data directory and its cache database, and builds the node pool: the {@code --node} options if
     * given, else the nodes saved in the settings, else {@link NodePool#DEFAULT_NODES}.
     */
    public static DesktopServices open(LaunchOptions options, VaultSettings vaultSettings, Background background,
                                       Clock clock) {
        Objects.requireNonNull(vaultSettings, "vaultSettings");
        var directory = DataDirectory.resolve(options.dataDir()).create();
        var cache = CacheDatabase.open(directory.cacheFile());
        try {
            return new DesktopServices(directory, cache, options.nodes(), vaultSettings, background, clock);
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    private static List<URI> preferredNodes(Preferences preferences) {
        List<URI> saved = preferences.nodes();
        return saved.isEmpty() ? NodePool.DEFAULT_NODES : saved;
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Path vaultFile() {
        return dataDirectory.path().resolve(VAULT_FILE);
    }

    public VaultSettings vaultSettings() {
        return vaultSettings;
    }

    public Preferences preferences() {
        return preferences;
    }

    public NodePool nodes() {
        return nodes;
    }

    public CondenserApi api() {
        return api;
    }

    public OnChainAccounts accounts() {
        return accounts;
    }

    public VoteQueue voteQueue() {
        return voteQueue;
    }

    public Background background() {
        return background;
    }

    public Clock clock() {
        return clock;
    }

    /** The app's sync, vote, wallet, curation and reward services. */
    public AppServices app() {
        return app;
    }

    /** Post images and thumbnails, fetched off the FX thread. */
    public org.steemdesk.ui.post.ImageLoader images() {
        return images;
    }

    @Override
    public void close() {
        background.close();
        cache.close();
    }
}
