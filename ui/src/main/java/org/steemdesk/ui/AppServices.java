package org.steemdesk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodePostLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.NodeVoteSigner;
import org.steemdesk.app.node.NodeVotingManaLookup;
import org.steemdesk.app.curation.CurationTrail;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.rewards.NodeVoteEstimator;
import org.steemdesk.app.rewards.RecordingVoteSigner;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.VoteRecords;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.AccountListCache;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.app.storage.HistoryCache;
import org.steemdesk.app.storage.PostCache;
import org.steemdesk.app.sync.AccountSync;
import org.steemdesk.app.sync.FeedSync;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.app.sync.PostSync;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteQueueDrain;
import org.steemdesk.app.vote.VoteQueueFlusher;
import org.steemdesk.app.wallet.WalletService;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.keystore.vault.Vault;

/**
 * The app's read, vote and wallet services over the desktop's cache and node pool, wired as the CLI wires them
 * (see {@code CacheServices}). Every method that touches the network or the database is for background threads.
 */
public final class AppServices {
    /** Votes due within this long are waited for by one flush (the chain's 3-second vote interval). */
    static final Duration DRAIN_HORIZON = Duration.ofSeconds(10);

    private final CacheDatabase db;
    private final NodeReader reader;
    private final VoteQueue queue;
    private final Clock clock;

    public AppServices(CacheDatabase db, NodeReader reader, VoteQueue queue, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public NodeReader reader() {
        return reader;
    }

    public VoteQueue queue() {
        return queue;
    }

    public FeedSync feeds() {
        return new FeedSync(reader, new PostCache(db), clock);
    }

    public PostSync posts() {
        return new PostSync(reader, new PostCache(db), clock);
    }

    public AccountSync accounts() {
        return new AccountSync(reader, new AccountCache(db), new AccountListCache(db), new ChainObjectCache(db),
                clock);
    }

    public HistorySync history() {
        return new HistorySync(reader, new HistoryCache(db));
    }

    public WalletService wallet() {
        return new WalletService(reader, db, ChainId.MAINNET, clock);
    }

    public CurationTrail trail() {
        return new CurationTrail(db);
    }

    /** Queues scheduled votes for new posts of the trail's authors; it never signs or sends. */
    public org.steemdesk.app.curation.TrailRunner trailRunner() {
        return new org.steemdesk.app.curation.TrailRunner(trail(),
                new org.steemdesk.app.curation.CondenserTrailPosts(reader.api()), queue, clock);
    }

    public RewardAnalytics rewards() {
        return new RewardAnalytics(new HistoryCache(db), new ChainObjectCache(db), queue, new VoteRecords(db),
                SteemJson.mapper());
    }

    /** Claims pending rewards when the user opted in and a key is unlocked (see {@code AutoClaimSettings}). */
    public org.steemdesk.app.rewards.AutoClaimer autoClaimer() {
        return new org.steemdesk.app.rewards.AutoClaimer(wallet(), new org.steemdesk.app.account.OnChainAccounts(
                reader.api()), settings());
    }

    public org.steemdesk.app.settings.SettingsStore settings() {
        return new org.steemdesk.app.settings.SettingsStore(db);
    }

    public NodeVotingManaLookup mana() {
        return new NodeVotingManaLookup(reader);
    }

    /** Sends due votes with keys from {@code vault} (unlocked); status lookups search its accounts' history. */
    public VoteQueueDrain drain(Vault vault) {
        Outbox outbox = new Outbox(db);
        var signers = vault.list().stream().map(e -> e.account()).distinct().toList();
        var delivery = new OutboxDelivery(outbox, new NodeTransactionSender(reader.api()),
                new AccountHistoryStatusLookup(reader, List.copyOf(signers)));
        var posts = new NodePostLookup(reader);
        var mana = mana();
        var signer = new RecordingVoteSigner(new NodeVoteSigner(reader, new TransactionFactory(reader.api(),
                TransactionFactory.DEFAULT_LIFETIME), ChainId.MAINNET, vault),
                new NodeVoteEstimator(reader, mana, clock), posts, new VoteRecords(db), clock);
        var flusher = new VoteQueueFlusher(db, queue, outbox, delivery, signer, posts, mana, clock);
        return new VoteQueueDrain(flusher, queue, clock, d -> Thread.sleep(d.toMillis()), DRAIN_HORIZON);
    }
}
