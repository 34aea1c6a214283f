package org.steemdesk.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodePostLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.NodeVoteSigner;
import org.steemdesk.app.node.NodeVotingManaLookup;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.rewards.NodeVoteEstimator;
import org.steemdesk.app.rewards.RecordingVoteSigner;
import org.steemdesk.app.rewards.VoteRecords;
import org.steemdesk.app.outbox.OutboxDelivery;
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
import org.steemdesk.app.vote.VoteQueueDrain;
import org.steemdesk.app.vote.VoteQueueFlusher;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.keystore.vault.Vault;

/** The cache database and the read and vote services of one CLI run, built on {@link CliServices}. */
final class CacheServices implements AutoCloseable {
    /** Votes due within this long are waited for by one flush (the chain's 3-second vote interval). */
    static final Duration DRAIN_HORIZON = Duration.ofSeconds(10);

    private final CliServices services;
    private final CacheDatabase db;
    private final Clock clock = Clock.systemUTC();
    private NodeReader reader;

    CacheServices(CliServices services) {
        this.services = services;
        DataDirectory dir = services.dataDirectory();
        this.db = CacheDatabase.open(dir.path().resolve(DataDirectory.CACHE_FILE));
    }

    Clock clock() {
        return clock;
    }

    NodeReader reader() {
        if (reader == null) {
            reader = new NodeReader(services.nodes(), SteemJson.mapper());
        }
        return reader;
    }

    AccountSync accounts() {
        return new AccountSync(reader(), new AccountCache(db), new AccountListCache(db), new ChainObjectCache(db),
                clock);
    }

    FeedSync feeds() {
        return new FeedSync(reader(), new PostCache(db), clock);
    }

    PostSync posts() {
        return new PostSync(reader(), new PostCache(db), clock);
    }

    HistorySync history() {
        return new HistorySync(reader(), new HistoryCache(db));
    }

    NodeHealthStore nodeHealth() {
        return new NodeHealthStore(db);
    }

    VoteQueue queue() {
        return new VoteQueue(db, new Outbox(db));
    }

    /** Flushes with keys from {@code vault} (unlocked by the caller); status lookups search its accounts' history. */
    VoteQueueDrain drain(Vault vault, GlobalOptions global) {
        Outbox outbox = new Outbox(db);
        NodeReader reader = reader();
        var signers = vault.list().stream().map(e -> e.account()).distinct().toList();
        OutboxDelivery delivery = new OutboxDelivery(outbox, new NodeTransactionSender(reader.api()),
                new AccountHistoryStatusLookup(reader, List.copyOf(signers)));
        var posts = new NodePostLookup(reader);
        var mana = new NodeVotingManaLookup(reader);
        // Each sent vote keeps its estimated value and post age, for the reward analytics' timing view.
        var signer = new RecordingVoteSigner(new NodeVoteSigner(reader, new TransactionFactory(reader.api(),
                TransactionFactory.DEFAULT_LIFETIME), global.chainId(), vault),
                new NodeVoteEstimator(reader.api(), mana, clock), posts, new VoteRecords(db), clock);
        VoteQueue queue = new VoteQueue(db, outbox);
        VoteQueueFlusher flusher = new VoteQueueFlusher(db, queue, outbox, delivery, signer, posts, mana, clock);
        return new VoteQueueDrain(flusher, queue, clock, d -> Thread.sleep(d.toMillis()), DRAIN_HORIZON);
    }

    @Override
    public void close() {
        db.close();
    }
}
