package org.steemdesk.app.vote;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.outbox.DeliveryResult;
import org.steemdesk.app.outbox.NodeRefusal;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.outbox.OutboxEntry;
import org.steemdesk.app.outbox.SignedTransactionData;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.vote.FlushReport.Kind;
import org.steemdesk.app.vote.FlushReport.Outcome;
import org.steemdesk.chain.rpc.NodeErrorKind;

/**
 * Sends what the vote queue holds, exactly once per intent:
 * <ol>
 * <li>first it settles intents left SENDING (by a crash or an unclear answer) by re-sending their stored
 *     transaction — never a new signature while the old one could land;</li>
 * <li>then, for each due intent, it checks the post is still in its payout window (and fixes at-age times),
 *     checks the mana floor, signs, stores the signed transaction and the SENDING state in one database
 *     transaction, and only then sends.</li>
 * </ol>
 * It stops at the first sign that no node is reachable and leaves everything else queued. Only one flusher works
 * on a data directory at a time ({@link FlushLock}); a second one returns at once with {@code busy}.
 */
public final class VoteQueueFlusher {

    /** steemd's {@code STEEM_MIN_VOTE_INTERVAL_SEC}. */
    static final Duration VOTE_INTERVAL_RETRY = Duration.ofSeconds(3);
    /**
     * A vote refused for lack of mana or RC waits this long; both regenerate over five days, so checking more
     * often would only spend requests.
     */
    static final Duration RESOURCE_RETRY = Duration.ofMinutes(30);

    private final VoteQueue queue;
    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final VoteSigner signer;
    private final PostLookup posts;
    private final VotingManaLookup mana;
    private final Clock clock;
    private final Path lockFile;
    private final ChainClock chainClock;

    public VoteQueueFlusher(CacheDatabase db, VoteQueue queue, Outbox outbox, OutboxDelivery delivery,
                            VoteSigner signer, PostLookup posts, VotingManaLookup mana, Clock clock) {
        this(db, queue, outbox, delivery, signer, posts, mana, clock, new ChainClock(clock));
    }

    /** {@code chainClock} places at-age votes on the first block at or after their age (see {@link ChainClock}). */
    public VoteQueueFlusher(CacheDatabase db, VoteQueue queue, Outbox outbox, OutboxDelivery delivery,
                            VoteSigner signer, PostLookup posts, VotingManaLookup mana, Clock clock,
                            ChainClock chainClock) {
        this.chainClock = Objects.requireNonNull(chainClock, "chainClock");
        this.lockFile = db.file().resolveSibling(db.file().getFileName() + ".flush.lock");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.mana = Objects.requireNonNull(mana, "mana");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // "try": the lock is held for the block's length and released by its close; the block never names it.
    @SuppressWarnings("try")
    public FlushReport flush() {
        Optional<FlushLock> lock = FlushLock.tryAcquire(lockFile);
        if (lock.isEmpty()) {
            return FlushReport.alreadyRunning();
        }
        try (FlushLock held = lock.get()) {
            return flushLocked();
        }
    }

    private FlushReport flushLocked() {
        List<Outcome> outcomes = new ArrayList<>();
        for (VoteIntent intent : queue.sending()) {
            Outcome outcome = deliver(intent, storedEntry(intent));
            outcomes.add(outcome);
            if (outcome.kind() == Kind.IN_FLIGHT) {
                return new FlushReport(outcomes, true);
            }
        }
        try {
            for (VoteIntent intent : queue.waiting()) {
                Optional<Outcome> outcome = attempt(intent);
                if (outcome.isEmpty()) {
                    continue;
                }
                outcomes.add(outcome.get());
                if (outcome.get().kind() == Kind.IN_FLIGHT) {
                    return new FlushReport(outcomes, true);
                }
            }
        } catch (NodeUnreachableException e) {
            // Everything left waits, decided again once a node answers (and for judging, passes the clock check).
            return new FlushReport(outcomes, true, false, e.problem());
        }
        return new FlushReport(outcomes, false);
    }

    private Optional<Outcome> attempt(VoteIntent intent) throws NodeUnreachableException {
        Instant now = clock.instant();
        if (intent.dueAt().map(t -> t.isAfter(now)).orElse(false)) {
            return Optional.empty();
        }
        Optional<PostTiming> timing = posts.timing(intent.author(), intent.permlink());
        if (timing.isEmpty()) {
            return Optional.of(fail(intent, VoteFailure.UNKNOWN_POST_OR_ACCOUNT, Optional.empty()));
        }
        if (!timing.get().acceptsVotes()) {
            return Optional.of(fail(intent, VoteFailure.POST_PAID_OUT, Optional.empty()));
        }
        if (intent.awaitsPostTime()) {
            // Age is chain time: created + age is a chain instant. The chain clock knows when its block will be the
            // head here; without observations, shift it by how far this clock is from the lookup's head time.
            Instant chainDue = timing.get().created().plus(intent.atAge().orElseThrow());
            Duration skew = Duration.between(timing.get().chainTime(), now);
            Instant notBefore = chainClock.localTimeOf(chainDue).orElse(chainDue.plus(skew));
            queue.schedule(intent.id(), notBefore, now);
            if (notBefore.isAfter(now)) {
                return Optional.of(new Outcome(intent.id(), Kind.SCHEDULED, Optional.empty()));
            }
        }
        if (intent.minManaBasisPoints().isPresent()) {
            var bar = mana.votingManabar(intent.account());
            int floor = intent.minManaBasisPoints().getAsInt();
            if (bar.at(now).percentBasisPoints() < floor) {
                // An account without stake never regenerates; look again later in case it receives a delegation.
                Instant next = bar.reaches(floor).filter(t -> t.isAfter(now)).orElse(now.plus(RESOURCE_RETRY));
                queue.retryLater(intent.id(), VoteFailure.MANA_BELOW_FLOOR, Optional.empty(), next, now);
                return Optional.of(new Outcome(intent.id(), Kind.RETRY_LATER, Optional.of(VoteFailure.MANA_BELOW_FLOOR)));
            }
        }
        Optional<SignedTransactionData> signed = signer.sign(intent);
        if (signed.isEmpty()) {
            return Optional.of(new Outcome(intent.id(), Kind.KEY_LOCKED, Optional.empty()));
        }
        Optional<OutboxEntry> entry = queue.claim(intent.id(), signed.get(), clock.instant());
        if (entry.isEmpty()) {
            // Cancelled or taken by another process between reading and claiming: nothing was stored or sent.
            return Optional.empty();
        }
        return Optional.of(deliver(intent, entry.get()));
    }

    private Outcome deliver(VoteIntent intent, OutboxEntry entry) {
        Instant now = clock.instant();
        if (!entry.state().isOpen()) {
            return settleClosed(intent, entry, now);
        }
        DeliveryResult result = delivery.deliver(entry, now);
        if (result instanceof DeliveryResult.Confirmed) {
            queue.markSent(intent.id(), now);
            return new Outcome(intent.id(), Kind.SENT, Optional.empty());
        }
        if (result instanceof DeliveryResult.Rejected rejected) {
            return refuse(intent, rejected.refusal(), now);
        }
        if (result instanceof DeliveryResult.Expired) {
            queue.returnToPending(intent.id(), now);
            return new Outcome(intent.id(), Kind.REQUEUED, Optional.empty());
        }
        return new Outcome(intent.id(), Kind.IN_FLIGHT, Optional.empty());
    }

    /** A crash after the outbox was settled but before the intent was: finish the intent from the outbox. */
    private Outcome settleClosed(VoteIntent intent, OutboxEntry entry, Instant now) {
        return switch (entry.state()) {
            case CONFIRMED -> {
                queue.markSent(intent.id(), now);
                yield new Outcome(intent.id(), Kind.SENT, Optional.empty());
            }
            case REJECTED -> refuse(intent, entry.refusal().orElse(new NodeRefusal(NodeErrorKind.OTHER, "")), now);
            case EXPIRED -> {
                queue.returnToPending(intent.id(), now);
                yield new Outcome(intent.id(), Kind.REQUEUED, Optional.empty());
            }
            case QUEUED, SENT_UNCONFIRMED -> throw new IllegalStateException("open entry " + entry.id());
        };
    }

    private Outcome refuse(VoteIntent intent, NodeRefusal refusal, Instant now) {
        VoteFailure reason = VoteRejection.classify(refusal.kind());
        if (reason.retriable()) {
            Duration wait = reason == VoteFailure.VOTE_INTERVAL ? VOTE_INTERVAL_RETRY : RESOURCE_RETRY;
            queue.retryLater(intent.id(), reason, Optional.of(refusal), now.plus(wait), now);
            return new Outcome(intent.id(), Kind.RETRY_LATER, Optional.of(reason));
        }
        return fail(intent, reason, Optional.of(refusal));
    }

    private Outcome fail(VoteIntent intent, VoteFailure reason, Optional<NodeRefusal> refusal) {
        queue.markFailed(intent.id(), reason, refusal, clock.instant());
        return new Outcome(intent.id(), Kind.FAILED, Optional.of(reason));
    }

    private OutboxEntry storedEntry(VoteIntent intent) {
        long id = intent.outboxId().orElseThrow(
                () -> new IllegalStateException("vote " + intent.id() + " is SENDING without an outbox entry"));
        return outbox.get(id).orElseThrow(() -> new IllegalStateException("outbox entry " + id + " is missing"));
    }
}
