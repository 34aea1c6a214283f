package org.steemdesk.app.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.curation.ScheduleAudit;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodePostLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.NodeVoteSigner;
import org.steemdesk.app.node.NodeVotingManaLookup;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.rewards.NodeVoteEstimator;
import org.steemdesk.app.rewards.NodeVoteSituations;
import org.steemdesk.app.rewards.RecordingVoteSigner;
import org.steemdesk.app.rewards.VoteEstimator;
import org.steemdesk.app.rewards.VoteExpectation;
import org.steemdesk.app.rewards.VoteRecords;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.stake.VoteEstimate;
import org.steemdesk.app.stake.VoteEstimateException;
import org.steemdesk.app.stake.VoteSituation;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;

/**
 * The votes use case, the same for the desktop app, the CLI and the curation runner: record a vote (offline and
 * locked too), estimate its value, and drain the queue (send what is due, exactly once, signing for this context's
 * chain id with the keys unlocked in {@link Keys}). Every method touches the database or the network: for
 * background threads.
 */
public final class Votes implements VoteClock.Target {
    /** Votes due within this long are waited for by one drain (the chain takes one vote per 3 seconds). */
    public static final Duration DRAIN_HORIZON = Duration.ofSeconds(10);

    private final Supplier<CacheDatabase> db;
    private final Supplier<NodeReader> reader;
    private final Keys keys;
    private final ChainId chainId;
    private final Clock clock;
    private final VoteQueueDrain.Sleeper sleeper;
    private final ChainClock chainClock;
    private final VoteLookahead lookahead;
    private volatile RunnerLock runnerLock;

    public Votes(Supplier<CacheDatabase> db, Supplier<NodeReader> reader, Keys keys, ChainId chainId, Clock clock,
                 VoteQueueDrain.Sleeper sleeper) {
        this.db = Objects.requireNonNull(db, "db");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.chainId = Objects.requireNonNull(chainId, "chainId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.chainClock = new ChainClock(clock);
        this.lookahead = new VoteLookahead(clock, chainClock);
    }

    /** Records the vote as PENDING (replacing a waiting vote of the same account on the same post); sends nothing. */
    public VoteIntent record(VoteRequest request) {
        return queue().record(request, clock.instant());
    }

    public Optional<VoteIntent> get(long id) {
        return queue().get(id);
    }

    /** Every recorded vote, newest first. */
    public List<VoteIntent> all() {
        return queue().all();
    }

    /** The votes still to be sent (pending or retrying later). */
    public List<VoteIntent> waiting() {
        return queue().waiting();
    }

    /** Cancels a vote that has not been sent; false when it no longer can be. */
    public boolean cancel(long id) {
        return queue().cancel(id, clock.instant());
    }

    /**
     * Sends what is due: first re-sends votes left in flight, then signs and sends due ones with the unlocked keys
     * (a locked vault leaves them queued), waiting for votes due within {@link #DRAIN_HORIZON}. Only one drain
     * works on a data directory at a time, across processes; another one returns at once, busy.
     *
     * @throws org.steemdesk.keystore.KeystoreException VAULT_MISSING when there is no vault
     */
    public List<FlushReport> drain() {
        if (runnerElsewhere()) {
            return List.of(FlushReport.alreadyRunning());
        }
        VoteQueueFlusher flusher = flusher();
        return new VoteQueueDrain(flusher, queue(), clock, sleeper, DRAIN_HORIZON).drain();
    }

    /**
     * Sends what is due now, once, without waiting for votes due later: the {@link VoteClock}'s send at a due instant.
     *
     * @throws org.steemdesk.keystore.KeystoreException VAULT_MISSING when there is no vault
     */
    @Override
    public FlushReport flushDue() {
        return runnerElsewhere() ? FlushReport.alreadyRunning() : flusher().flush();
    }

    /**
     * Claims this data folder for a curation runner for as long as the handle is open: other Steemdesk processes then
     * leave sending to it. Empty when another runner has it.
     */
    public Optional<AutoCloseable> claimForRunner() {
        Optional<RunnerLock> lock = RunnerLock.tryAcquire(RunnerLock.file(db.get().file()));
        lock.ifPresent(l -> runnerLock = l);
        return lock.map(l -> () -> {
            runnerLock = null;
            l.close();
        });
    }

    /** Whether a curation runner in another process sends from this data folder now. */
    public boolean runnerElsewhere() {
        return runnerLock == null && RunnerLock.held(RunnerLock.file(db.get().file()));
    }

    /** A watch that calls {@code onChange} when anyone (another process too) changes the vote queue. */
    public QueueWatch watch(Runnable onChange) {
        CacheDatabase cache = db.get();
        return new QueueWatch(cache.changeCounter(), queue(), onChange);
    }

    /**
     * The earliest instant a waiting vote may go. An at-age vote whose post time is still unknown is due since it was
     * recorded: the send looks its post up.
     */
    @Override
    public Optional<Instant> nextDue() {
        return queue().waiting().stream().map(i -> i.dueAt().orElse(i.createdAt())).min(Instant::compareTo);
    }

    @Override
    public Optional<Instant> nextProbe(Duration precision) {
        return chainClock.nextProbe(precision);
    }

    /** Reads the head block once, so the chain clock learns where the blocks fall on this computer's clock. */
    @Override
    public void probe() throws NodeUnreachableException {
        NodeReader node = reader.get();
        Instant sent = clock.instant();
        Instant head = node.send(node.api().getDynamicGlobalProperties()).time();
        chainClock.observe(head, sent, clock.instant());
    }

    /**
     * Fetches the chain state of every waiting vote due by {@code dueBy} (five reads each), so that sending it at
     * its instant reads only the head block, and re-times at-age votes with the chain clock as sharp as it is now.
     */
    @Override
    public void prepare(Instant dueBy) throws NodeUnreachableException {
        CacheDatabase cache = db.get();
        VoteQueue queue = queue();
        List<VoteIntent> soon = queue.waiting().stream()
                .filter(i -> i.dueAt().map(t -> !t.isAfter(dueBy)).orElse(false))
                .filter(i -> !lookahead.isPrepared(i))
                .toList();
        lookahead.prepare(soon, situations(reader.get(), cache)::situation);
        for (VoteIntent intent : soon) {
            if (intent.atAge().isEmpty()) {
                continue;
            }
            Optional<Instant> retimed = lookahead.situation(intent)
                    .flatMap(s -> chainClock.localTimeOf(s.post().created().plus(intent.atAge().get())));
            if (retimed.isPresent() && !retimed.equals(intent.notBefore())) {
                queue.schedule(intent.id(), retimed.get(), clock.instant());
            }
        }
    }

    /** Where the chain's blocks fall on this computer's clock, as this context has seen them. */
    public ChainClock chainClock() {
        return chainClock;
    }

    /**
     * The queue's sending pipeline with the keys unlocked in {@link Keys}: head-block reads teach the chain clock,
     * and a vote prepared ahead is checked and valued from its prepared state.
     */
    private VoteQueueFlusher flusher() {
        Vault vault = keys.vault();
        CacheDatabase cache = db.get();
        NodeReader node = reader.get();
        Outbox outbox = new Outbox(cache);
        List<AccountName> signers = vault.list().stream().map(VaultEntry::account).distinct().toList();
        // A transaction past its expiry is looked for in the history of the accounts that sign here.
        OutboxDelivery delivery = new OutboxDelivery(outbox, new NodeTransactionSender(node.api()),
                new AccountHistoryStatusLookup(node, signers));
        PostLookup posts = lookahead.posts(new NodePostLookup(node, Optional.of(chainClock), clock));
        VotingManaLookup mana = lookahead.mana(new NodeVotingManaLookup(node));
        VoteEstimator fetched = new NodeVoteEstimator(situations(node, cache));
        VoteEstimator estimator = intent -> {
            Optional<VoteSituation> prepared = lookahead.situation(intent);
            return prepared.isPresent() ? VoteExpectation.of(prepared.get().estimate(intent.weight()))
                    : fetched.estimate(intent);
        };
        // Each sent vote keeps its expected value and post age, for the reward analytics.
        var signer = new RecordingVoteSigner(new NodeVoteSigner(node, new TransactionFactory(node.api(),
                TransactionFactory.DEFAULT_LIFETIME), chainId, vault, Optional.of(chainClock), clock),
                estimator, posts, new VoteRecords(cache), clock);
        VoteQueue queue = new VoteQueue(cache, outbox);
        return new VoteQueueFlusher(cache, queue, outbox, delivery, signer, posts, mana, clock, chainClock);
    }

    /** What a drain did to scheduled votes whose time passed while Steemdesk was not running. */
    public List<ScheduleAudit.Note> explain(FlushReport report) {
        return new ScheduleAudit(queue()).explain(report);
    }

    /**
     * What a vote by {@code voter} on {@code post} depends on now (the chain state at the head block), for estimating
     * it at any weight without asking again.
     *
     * @throws org.steemdesk.app.stake.VoteEstimateException the vote cannot be valued (paid-out post, missing field…)
     */
    public VoteInputs estimateInputs(AccountName voter, Discussion post) throws NodeUnreachableException {
        return VoteInputs.fetch(situations(reader.get(), db.get()), voter, post);
    }

    /**
     * What a vote by {@code voter} of {@code weight} basis points on {@code author/permlink} would do now, at the
     * chain's head block: rshares, payout change, curation weight and reward, and the same vote at the best age.
     * Queues and sends nothing.
     *
     * @throws org.steemdesk.app.stake.VoteEstimateException the vote cannot be valued (weight out of range, paid-out
     *                                                       post, unknown curve, missing field…)
     */
    public VoteEstimate estimate(AccountName voter, AccountName author, Permlink permlink, int weight)
            throws NodeUnreachableException {
        if (Math.abs(weight) > VoteRequest.MAX_WEIGHT) {
            // Checked before asking anyone: the operation itself can never carry such a weight.
            throw new VoteEstimateException(VoteEstimateException.Kind.WEIGHT_OUT_OF_RANGE, Integer.toString(weight),
                    "a vote weight must be between -100% and 100%, got " + weight + " basis points");
        }
        return situations(reader.get(), db.get()).estimate(voter, author, permlink, weight);
    }

    /** The estimate's reads go through the cache of chain-wide objects (reward fund, config, median price). */
    private NodeVoteSituations situations(NodeReader node, CacheDatabase cache) {
        return new NodeVoteSituations(node, new ChainObjectCache(cache), clock);
    }

    private VoteQueue queue() {
        CacheDatabase cache = db.get();
        return new VoteQueue(cache, new Outbox(cache));
    }
}
