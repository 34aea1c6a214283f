package org.steemdesk.app.node;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.storage.NodeHealthStore;
import org.steemdesk.chain.rpc.NodeHealth;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.RequestLimits;

/**
 * The nodes use case: which nodes this run talks to, the list the user saved, and checking nodes one by one (the
 * CLI's {@code nodes check} and the settings page's "check now" are this one check). Everything here may touch the
 * network or the database: call it off the FX thread.
 */
public record Nodes(Supplier<NodePool> pool, Supplier<NodeReader> reader, Supplier<OkHttpClient> client,
                    Supplier<NodeHealthStore> health, Supplier<SettingsStore> settings, Clock clock) {
    /** The user's node list in cache.db's settings (the key predates the CLI reading it too). */
    static final String SAVED = "ui.nodes";
    /** The user's node timeout in whole seconds (the desktop's setting; the CLI's {@code --timeout} wins). */
    static final String TIMEOUT = "node.timeout.seconds";

    /** The deadlines, idle timeout and size cap this run's pool gives every request. */
    public RequestLimits limits() {
        return pool.get().settings().limits();
    }

    /** The nodes of this run, in the order the pool tries them. */
    public List<URI> urls() {
        return pool.get().urls();
    }

    /**
     * Whether a node of this run answers now (the head block, with the pool's retries); a refusal by the chain
     * is not "offline" and propagates.
     */
    public boolean online() {
        return offline().isEmpty();
    }

    /**
     * Why no node of this run answers now (asking for the head block, with the pool's retries and clock check): which
     * node did what, for the door to say. Empty when one answers; a refusal by the chain propagates.
     */
    public Optional<NodeProblem> offline() {
        NodeReader node = reader.get();
        try {
            node.send(node.api().getDynamicGlobalProperties());
            return Optional.empty();
        } catch (NodeUnreachableException e) {
            return Optional.of(e.problem().orElseGet(NodeProblem::noAnswer));
        }
    }

    /** The node list the user saved (in order); empty when never set, and then the defaults apply. */
    public List<URI> saved() {
        return saved(settings.get());
    }

    static List<URI> saved(SettingsStore store) {
        return store.get(SAVED).map(text -> Arrays.stream(text.split("\n")).filter(s -> !s.isBlank())
                .flatMap(Nodes::parseOrSkip).toList()).orElse(List.of());
    }

    /** Saves the user's node list; it applies from the next start (the running pool keeps its nodes). */
    public void save(List<URI> nodes) {
        settings.get().put(SAVED, nodes.stream().map(URI::toString).collect(Collectors.joining("\n")));
    }

    /** The node timeout the user saved for the desktop app, if any; it applies from the next start. */
    public Optional<Duration> savedTimeout() {
        return savedTimeout(settings.get());
    }

    static Optional<Duration> savedTimeout(SettingsStore store) {
        try {
            return store.get(TIMEOUT).map(Long::parseLong).filter(s -> s >= 1).map(Duration::ofSeconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Saves the node timeout (see {@code AppSettings.withTimeout}); the running pool keeps its own. */
    public void saveTimeout(Duration timeout) {
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("the timeout must be at least 1 s, got " + timeout);
        }
        settings.get().put(TIMEOUT, Long.toString(timeout.toSeconds()));
    }

    /**
     * What was last seen of the node: by a check (this run's or an earlier one's, with any door), or by this run's
     * pool while it served requests, whichever is newer.
     */
    public Optional<NodeCheckResult> lastSeen(URI url) {
        Optional<NodeCheckResult> checked = health.get().get(url.toString());
        Optional<NodeCheckResult> served = pool.get().health().stream().filter(h -> h.url().equals(url)).findFirst()
                .flatMap(Nodes::asResult);
        if (checked.isEmpty()) {
            return served;
        }
        if (served.isEmpty()) {
            return checked;
        }
        return served.get().checkedAt().isAfter(checked.get().checkedAt()) ? served : checked;
    }

    /** The pool's view of a node it has used, in the shape of a check's result (it does not keep head blocks). */
    private static Optional<NodeCheckResult> asResult(NodeHealth h) {
        Optional<Instant> last = Stream.of(h.lastSuccess(), h.lastErrorTime()).flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        boolean answered = h.lastSuccess().isPresent() && h.lastSuccess().get().equals(last.get());
        OptionalLong latency = h.lastLatency().map(d -> OptionalLong.of(d.toMillis())).orElse(OptionalLong.empty());
        return Optional.of(new NodeCheckResult(h.url().toString(), last.get(), answered,
                answered ? latency : OptionalLong.empty(), OptionalLong.empty(),
                answered ? h.headBlockLag() : Optional.empty(), h.consecutiveFailures(), h.lastError()));
    }

    /** Asks each node once (no retries) and records the answers; the results in the order given. */
    public List<NodeCheckResult> check(List<URI> urls) {
        return new NodeCheck(client.get(), health.get(), clock).check(urls);
    }

    /** A stored entry that no longer parses counts as absent rather than breaking the start. */
    private static Stream<URI> parseOrSkip(String text) {
        try {
            return Stream.of(NodeUrl.parse(text));
        } catch (IllegalArgumentException e) {
            return Stream.empty();
        }
    }
}
