package org.steemdesk.chain.rpc;

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
 * HTTP 5xx/429, unusable JSON, proxy errors) or a node whose head block is too old it moves on to the next, and after a
 * full round waits a jittered, growing delay before the next round. A node's head block is checked (at most once per
 * {@link Settings#headCheckInterval()}) before it is used, for reads and broadcasts alike. A deterministic error (the chain refused) is
 * returned at once: another node would refuse too.
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
     * @param maxHeadBlockAge   a node whose head block is older than this is behind and skipped
     * @param headCheckInterval how long a head-block check of a node stays valid
     * @param rounds            how many times the whole list is tried
     * @param backoffBase       the wait after the first failed round, doubled after each further one
     * @param backoffMax        the longest wait
     */
    public record Settings(Duration maxHeadBlockAge, Duration headCheckInterval, int rounds, Duration backoffBase,
            Duration backoffMax) {
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), 3,
                Duration.ofMillis(500), Duration.ofSeconds(8));

        public Settings {
            Objects.requireNonNull(maxHeadBlockAge, "maxHeadBlockAge");
            Objects.requireNonNull(headCheckInterval, "headCheckInterval");
            Objects.requireNonNull(backoffBase, "backoffBase");
            Objects.requireNonNull(backoffMax, "backoffMax");
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
            if (backoffBase.isNegative() || backoffMax.compareTo(backoffBase) < 0) {
                throw new IllegalArgumentException("need 0 <= backoffBase <= backoffMax");
            }
        }
    }

    private final List<NodeState> nodes;
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
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = client.dispatcher().executorService();
        List<NodeState> states = new ArrayList<>();
        for (URI url : urls) {
            String scheme = url.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("node URL must be http(s): " + url);
            }
            HttpNode node = new HttpNode(url, client, mapper);
            states.add(new NodeState(node, new CondenserApi(node, mapper)));
        }
        this.nodes = List.copyOf(states);
    }

    /** A pool over these nodes with real time, default timeouts and settings. */
    public static NodePool create(List<URI> urls) {
        return new NodePool(urls, HttpNode.defaultClient(), SteemJson.mapper(), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()), RandomGenerator.getDefault(), Settings.DEFAULTS);
    }

    public List<URI> urls() {
        return nodes.stream().map(s -> s.node.url()).toList();
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
        List<RpcException> failures = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            if (round > 0 && !pause(round)) {
                break;
            }
            for (NodeState state : nodes) {
                Instant start = clock.instant();
                try {
                    requireFresh(state);
                    T result = state.node.send(request);
                    state.answered(start, clock.instant());
                    return result;
                } catch (NodeErrorException e) {
                    if (request.isBroadcast() && e.isDuplicateTransaction()) {
                        state.answered(start, clock.instant());
                        return request.resultIfDuplicate().orElseThrow();
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
        throw new AllNodesFailedException(request.method(), failures);
    }

    /** Equal jitter: half the exponential delay is fixed, the other half random, so clients do not retry in step. */
    Duration backoff(int round) {
        long base = settings.backoffBase().toMillis();
        long max = settings.backoffMax().toMillis();
        long delay = Math.min(max, base << Math.min(round - 1, 30));
        long half = delay / 2;
        return Duration.ofMillis(half + random.nextLong(delay - half + 1));
    }

    private boolean pause(int round) {
        try {
            sleeper.sleep(backoff(round));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void requireFresh(NodeState state) {
        Instant now = clock.instant();
        Optional<Duration> lag = state.headLagCheckedSince(now.minus(settings.headCheckInterval()));
        if (lag.isEmpty()) {
            DynamicGlobalProperties head;
            try {
                head = state.api.getDynamicGlobalProperties().send();
            } catch (NodeErrorException e) {
                // A node that cannot report its head is unusable, whatever the caller's request would have met.
                throw TransportException.malformed(state.node.url(), "head block check failed: " + e.getMessage(), e);
            }
            Duration measured = Duration.between(head.time(), clock.instant());
            state.headChecked(measured, clock.instant());
            lag = Optional.of(measured);
        }
        if (lag.get().compareTo(settings.maxHeadBlockAge()) > 0) {
            throw TransportException.staleHeadBlock(state.node.url(), lag.get().toSeconds());
        }
    }

    /** Mutable per-node bookkeeping; every access is synchronized on the instance. */
    private static final class NodeState {
        final HttpNode node;
        final CondenserApi api;
        private Duration lastLatency;
        private Instant lastSuccess;
        private String lastError;
        private Instant lastErrorTime;
        private Duration headLag;
        private Instant headCheckedAt;
        private int consecutiveFailures;

        NodeState(HttpNode node, CondenserApi api) {
            this.node = node;
            this.api = api;
        }

        synchronized void answered(Instant start, Instant end) {
            lastLatency = Duration.between(start, end);
            lastSuccess = end;
            consecutiveFailures = 0;
        }

        synchronized void failed(RpcException e, Instant at) {
            lastError = e.getMessage();
            lastErrorTime = at;
            consecutiveFailures++;
        }

        synchronized void headChecked(Duration lag, Instant at) {
            headLag = lag;
            headCheckedAt = at;
        }

        /** The head lag measured after {@code notBefore}, if any. */
        synchronized Optional<Duration> headLagCheckedSince(Instant notBefore) {
            return headCheckedAt != null && headCheckedAt.isAfter(notBefore) ? Optional.of(headLag) : Optional.empty();
        }

        synchronized NodeHealth snapshot() {
            return new NodeHealth(node.url(), Optional.ofNullable(lastLatency), Optional.ofNullable(lastSuccess),
                    Optional.ofNullable(lastError), Optional.ofNullable(lastErrorTime), Optional.ofNullable(headLag),
                    consecutiveFailures);
        }
    }
}
