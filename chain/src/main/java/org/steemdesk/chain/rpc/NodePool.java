package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * Public Steem nodes in order of preference. A request goes to the first node; on a transient failure (I/O, timeout,
 * HTTP 5xx/429, unusable JSON, proxy errors, an answer over the size cap) or a node whose head block is too old it
 * moves on to the next, and after a full round waits a jittered, growing delay before the next round. A node's head
 * block is checked (at most once per {@link Settings#headCheckInterval()}) before it is used, for reads and broadcasts
 * alike. A deterministic error (the chain refused) is returned at once: another node would refuse too.
 *
 * <p>Every request has a deadline across all nodes, rounds and pauses ({@link RequestLimits}); each node gets at most
 * {@link RequestLimits#attemptTimeout()} of it, so a node that drips bytes leaves time for the next one.
 *
 * <p>An answer that states the chain's time ({@code get_dynamic_global_properties}) is accepted only from a node whose
 * head passes the {@link ClockCheck}: not too far behind, not ahead of this computer's clock, not far from the other
 * nodes. That answer is what signing (TaPoS, expiration) and judging (a vote's payout window) use, so a node that lies
 * about the time can neither make a transaction expire in 2099 nor a vote fail for good; {@link #trustedHead()}
 * also names the node. Other reads only need a head that is not stale.
 *
 * <p>Broadcasts carry the same bytes on every send, so re-sending after an unclear outcome cannot create a second
 * transaction; a "duplicate transaction" answer means an earlier send got through and counts as success.
 */
public final class NodePool implements RpcService {
    /** The list Steem Keychain and other wallets ship. */
    public static final List<URI> DEFAULT_NODES = List.of(
            URI.create("https://api.steemit.com"),
            URI.create("https://api.justyy.com"),
            URI.create("https://steemd.steemworld.org"),
            URI.create("https://api.steem.fans"),
            URI.create("https://api.moecki.online"));

    /** Waits between rounds; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param clock             when a node's head time is believed; its {@code maxBehind} is the stale-head rule
     * @param headCheckInterval how long a head-block check of a node stays valid
     * @param rounds            how many times the whole list is tried (within the deadline)
     * @param backoffBase       the wait after the first failed round, doubled after each further one
     * @param backoffMax        the longest wait
     * @param limits            deadlines, idle timeout and size cap of every request
     */
    public record Settings(ClockCheck clock, Duration headCheckInterval, int rounds, Duration backoffBase,
            Duration backoffMax, RequestLimits limits) {
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), 3,
                Duration.ofMillis(500), Duration.ofSeconds(8));

        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(headCheckInterval, "headCheckInterval");
            Objects.requireNonNull(backoffBase, "backoffBase");
            Objects.requireNonNull(backoffMax, "backoffMax");
            Objects.requireNonNull(limits, "limits");
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
            if (backoffBase.isNegative() || backoffMax.compareTo(backoffBase) < 0) {
                throw new IllegalArgumentException("need 0 <= backoffBase <= backoffMax");
            }
        }

        /** Default clock check (with this stale-head age) and default {@link RequestLimits}. */
        public Settings(Duration maxHeadBlockAge, Duration headCheckInterval, int rounds, Duration backoffBase,
                Duration backoffMax) {
            this(ClockCheck.DEFAULTS.withMaxBehind(maxHeadBlockAge), headCheckInterval, rounds, backoffBase,
                    backoffMax, RequestLimits.DEFAULTS);
        }

        /** A node whose head block is older than this is behind and skipped. */
        public Duration maxHeadBlockAge() {
            return clock.maxBehind();
        }

        public Settings withLimits(RequestLimits newLimits) {
            return new Settings(clock, headCheckInterval, rounds, backoffBase, backoffMax, newLimits);
        }

        public Settings withClock(ClockCheck newClock) {
            return new Settings(newClock, headCheckInterval, rounds, backoffBase, backoffMax, limits);
        }
    }

    /** A head block from a node whose clock passed the check, and how far it is from this computer's clock. */
    public record TrustedHead(URI node, DynamicGlobalProperties properties, Duration offset) {}

    private record Answer<T>(NodeState state, T value) {}

    /** A point in {@link System#nanoTime()}: request deadlines run on real elapsed time, whatever the clock says. */
    private record Deadline(long endNanos) {
        static Deadline after(Duration duration) {
            return new Deadline(System.nanoTime() + duration.toNanos());
        }

        Duration remaining() {
            return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
        }

        boolean passed() {
            return endNanos - System.nanoTime() <= 0;
        }
    }

    private final List<NodeState> nodes;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Settings settings;
    private final Executor executor;

    public NodePool(List<URI> urls, OkHttpClient client, ObjectMapper mapper, Clock clock, Sleeper sleeper,
            RandomGenerator random, Settings settings) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a node pool needs at least one node");
        }
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = client.dispatcher().executorService();
        // The settings, not whoever built the client, decide how long a silent node is waited for.
        OkHttpClient limited = client.newBuilder().readTimeout(settings.limits().idleTimeout()).build();
        List<NodeState> states = new ArrayList<>();
        for (URI url : urls) {
            String scheme = url.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("node URL must be http(s): " + url);
            }
            states.add(new NodeState(new HttpNode(url, limited, mapper, settings.limits().maxResponseBytes())));
        }
        this.nodes = List.copyOf(states);
    }

    /** A pool over these nodes with real time and the default settings. */
    public static NodePool create(List<URI> urls) {
        return create(urls, Settings.DEFAULTS);
    }

    /** A pool over these nodes with real time and these settings (the app's configured deadlines and limits). */
    public static NodePool create(List<URI> urls, Settings settings) {
        return new NodePool(urls, HttpNode.defaultClient(), SteemJson.mapper(), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()), RandomGenerator.getDefault(), settings);
    }

    public List<URI> urls() {
        return nodes.stream().map(s -> s.node.url()).toList();
    }

    public Settings settings() {
        return settings;
    }

    /** A snapshot of every node's health, in pool order. */
    public List<NodeHealth> health() {
        return nodes.stream().map(NodeState::snapshot).toList();
    }

    @Override
    public <T> CompletableFuture<T> sendAsync(Request<T> request) {
        return CompletableFuture.supplyAsync(() -> send(request), executor);
    }

    @Override
    public <T> T send(Request<T> request) {
        return answer(request).value();
    }

    /**
     * The chain's head from a node whose clock passed the {@link ClockCheck}, for signing (TaPoS and expiration) and
     * for judging (a vote's payout window).
     *
     * @throws AllNodesFailedException no node passed ({@link AllNodesFailedException.Reason#NO_TRUSTED_CLOCK} or
     *                                 {@link AllNodesFailedException.Reason#LOCAL_CLOCK_BEHIND}, each failure naming the
     *                                 node and its offset) or answered in time; transient, so a queued vote waits
     */
    public TrustedHead trustedHead() {
        Answer<DynamicGlobalProperties> answer = answer(new CondenserApi(this, mapper).getDynamicGlobalProperties());
        Duration offset = answer.state().headOffsetReadSince(Instant.MIN)
                .orElseGet(() -> Duration.between(clock.instant(), answer.value().time()));
        return new TrustedHead(answer.state().node.url(), answer.value(), offset);
    }

    private <T> Answer<T> answer(Request<T> request) {
        Duration budget = settings.limits().deadlineFor(request);
        Deadline deadline = Deadline.after(budget);
        List<RpcException> failures = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            if (round > 0 && !pause(round, deadline)) {
                break;
            }
            for (NodeState state : nodes) {
                if (deadline.passed()) {
                    throw failed(request, failures, Optional.of(budget));
                }
                Deadline attempt = Deadline.after(min(deadline.remaining(), settings.limits().attemptTimeout()));
                Instant start = clock.instant();
                try {
                    T result = attempt(state, request, attempt);
                    state.answered(start, clock.instant());
                    return new Answer<>(state, result);
                } catch (NodeErrorException e) {
                    if (request.isBroadcast() && e.isDuplicateTransaction()) {
                        state.answered(start, clock.instant());
                        return new Answer<>(state, request.resultIfDuplicate().orElseThrow());
                    }
                    if (!e.isTransient()) {
                        // The node worked; the request was refused.
                        state.answered(start, clock.instant());
                        throw e;
                    }
                    state.failed(e, clock.instant());
                    failures.add(e);
                } catch (TransportException e) {
                    state.failed(e, clock.instant());
                    failures.add(e);
                }
            }
        }
        throw failed(request, failures, deadline.passed() ? Optional.of(budget) : Optional.empty());
    }

    private <T> T attempt(NodeState state, Request<T> request, Deadline attempt) {
        if (request.reportsHeadTime()) {
            // The answer is itself a head reading, judged in full below; a separate check would only repeat it.
            HttpNode.Reply<T> reply = state.node.exchange(request, attempt.remaining());
            requireBelievable(state, reply.result());
            return reply.value();
        }
        requireFresh(state, attempt);
        return state.node.exchange(request, attempt.remaining()).value();
    }

    private AllNodesFailedException failed(Request<?> request, List<RpcException> failures,
            Optional<Duration> deadline) {
        AllNodesFailedException.Reason reason = deadline.isPresent() ? AllNodesFailedException.Reason.DEADLINE
                : clockReason(failures).orElse(AllNodesFailedException.Reason.NO_ANSWER);
        return new AllNodesFailedException(request.method(), failures, reason, deadline);
    }

    /**
     * When every failure was a clock failure: whether the nodes agree among themselves that this computer's clock is
     * behind (two or more nodes, all ahead, within the peer spread of each other), or simply none could be trusted.
     */
    private Optional<AllNodesFailedException.Reason> clockReason(List<RpcException> failures) {
        List<TransportException> clockFailures = failures.stream()
                .filter(f -> f instanceof TransportException t && t.failure().isClockFailure())
                .map(TransportException.class::cast).toList();
        if (failures.isEmpty() || clockFailures.size() != failures.size()) {
            return Optional.empty();
        }
        List<Duration> ahead = clockFailures.stream().filter(f -> f.failure() == TransportException.Failure.CLOCK_AHEAD)
                .map(f -> f.headOffset().orElseThrow()).toList();
        long distinctNodes = clockFailures.stream().map(TransportException::node).distinct().count();
        boolean agree = ahead.size() == clockFailures.size() && distinctNodes >= 2
                && ahead.stream().max(Duration::compareTo).orElseThrow()
                        .minus(ahead.stream().min(Duration::compareTo).orElseThrow())
                        .compareTo(settings.clock().maxPeerSpread()) <= 0;
        return Optional.of(agree ? AllNodesFailedException.Reason.LOCAL_CLOCK_BEHIND
                : AllNodesFailedException.Reason.NO_TRUSTED_CLOCK);
    }

    /** Equal jitter: half the exponential delay is fixed, the other half random, so clients do not retry in step. */
    Duration backoff(int round) {
        long base = settings.backoffBase().toMillis();
        long max = settings.backoffMax().toMillis();
        long delay = Math.min(max, base << Math.min(round - 1, 30));
        long half = delay / 2;
        return Duration.ofMillis(half + random.nextLong(delay - half + 1));
    }

    /** Waits before the next round, never past the deadline; false when there is no time (or will) left. */
    private boolean pause(int round, Deadline deadline) {
        try {
            sleeper.sleep(min(backoff(round), deadline.remaining()));
            return !deadline.passed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The stale-head rule, for every request: a node that lags behind the chain is not asked. */
    private void requireFresh(NodeState state, Deadline attempt) {
        Instant now = clock.instant();
        Optional<Duration> offset = state.headOffsetReadSince(now.minus(settings.headCheckInterval()));
        if (offset.isEmpty()) {
            HttpNode.Reply<DynamicGlobalProperties> head;
            try {
                head = state.node.exchange(new CondenserApi(state.node, mapper).getDynamicGlobalProperties(),
                        attempt.remaining());
            } catch (NodeErrorException e) {
                // A node that cannot report its head is unusable, whatever the caller's request would have met.
                throw TransportException.malformed(state.node.url(), "head block check failed: " + e.getMessage(), e);
            }
            Duration measured = Duration.between(clock.instant(), head.value().time());
            state.headRead(measured, clock.instant());
            offset = Optional.of(measured);
        }
        if (settings.clock().judge(offset.get()).filter(f -> f == TransportException.Failure.STALE_HEAD_BLOCK)
                .isPresent()) {
            throw TransportException.staleHeadBlock(state.node.url(), offset.get().negated().toSeconds());
        }
    }

    /**
     * The full clock check of an answer that states the head time: against this computer's clock, then against the
     * other nodes' recent readings. The reading is recorded either way, so a liar is also known to the other checks.
     */
    private void requireBelievable(NodeState state, JsonNode result) {
        Instant headTime = headTime(state, result);
        Instant now = clock.instant();
        Duration offset = Duration.between(now, headTime);
        state.headRead(offset, now);
        ClockCheck check = settings.clock();
        Optional<TransportException.Failure> failure = check.judge(offset);
        if (failure.isPresent()) {
            throw TransportException.clock(state.node.url(), failure.get(), headTime, offset,
                    failure.get() == TransportException.Failure.CLOCK_AHEAD ? check.maxAhead() : check.maxBehind());
        }
        List<Duration> others = nodes.stream().filter(s -> s != state)
                .map(s -> s.headOffsetReadSince(now.minus(settings.headCheckInterval())))
                .flatMap(Optional::stream).filter(o -> check.judge(o).isEmpty()).toList();
        if (check.disagrees(offset, others)) {
            throw TransportException.clock(state.node.url(), TransportException.Failure.CLOCK_DISAGREES, headTime,
                    offset, check.maxPeerSpread());
        }
    }

    private Instant headTime(NodeState state, JsonNode result) {
        JsonNode time = result == null ? null : result.get("time");
        try {
            Instant parsed = time == null || !time.isTextual() ? null : mapper.treeToValue(time, Instant.class);
            if (parsed == null) {
                throw TransportException.malformed(state.node.url(), "head block without a time", null);
            }
            return parsed;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw TransportException.malformed(state.node.url(), "head block time is not a time", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
