package org.steemdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.RequestLimits;
import org.steemdesk.keystore.vault.VaultSettings;

/**
 * What one run of Steemdesk is built from, the same for the desktop app, the CLI and the curation runner: the
 * global options ({@code --data-dir}, {@code --node}, {@code --chain-id}, {@code --account}) and the policies every
 * door shares. Immutable; the launcher builds it once.
 *
 * @param dataDir    {@code --data-dir}, else the platform's default (see {@code DataDirectory})
 * @param nodes      {@code --node} URLs in order; empty: the list saved in the settings, else
 *                   {@link NodePool#DEFAULT_NODES}
 * @param chainId    the chain every signature is made for
 * @param account    {@code --account}: the acting account (default: the vault's only one)
 * @param nodePolicy retries and backoff of the node pool, with every request's deadline and size cap (see
 *                   {@link #withTimeout}); {@link #NODE_POLICY} by default
 * @param clock      the clock of every use case
 * @param vault      Argon2 cost and the vault's own idle lock
 */
public record AppSettings(Optional<Path> dataDir, List<URI> nodes, ChainId chainId, Optional<AccountName> account,
                          NodePool.Settings nodePolicy, Clock clock, VaultSettings vault) {

    /**
     * The one retry policy of every door: 7 rounds over the node list, waiting 0.1 s after the first failed round,
     * doubling to at most 1.6 s. A flaky node (a third of requests failing) still answers every read and broadcast,
     * while a node that is down is declared offline within about 5 seconds, so an offline vote is queued at once.
     * (The desktop used to make 3 slower rounds and the CLI these 7; the conformance of votes runs on these.)
     */
    public static final NodePool.Settings NODE_POLICY = new NodePool.Settings(
            NodePool.Settings.DEFAULTS.maxHeadBlockAge(), NodePool.Settings.DEFAULTS.headCheckInterval(), 7,
            Duration.ofMillis(100), Duration.ofMillis(1600));

    static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

    public AppSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(nodePolicy, "nodePolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(vault, "vault");
    }

    /** The default data directory and nodes, Steem mainnet, no acting account named, real time. */
    public static AppSettings defaults() {
        return new AppSettings(Optional.empty(), List.of(), ChainId.MAINNET, Optional.empty(), NODE_POLICY,
                Clock.systemUTC(), VaultSettings.defaults());
    }

    public AppSettings withDataDir(Path dir) {
        return new AppSettings(Optional.of(dir), nodes, chainId, account, nodePolicy, clock, vault);
    }

    public AppSettings withNodes(List<URI> urls) {
        return new AppSettings(dataDir, urls, chainId, account, nodePolicy, clock, vault);
    }

    public AppSettings withChainId(ChainId id) {
        return new AppSettings(dataDir, nodes, id, account, nodePolicy, clock, vault);
    }

    public AppSettings withAccount(AccountName name) {
        return new AppSettings(dataDir, nodes, chainId, Optional.of(name), nodePolicy, clock, vault);
    }

    public AppSettings withNodePolicy(NodePool.Settings policy) {
        return new AppSettings(dataDir, nodes, chainId, account, policy, clock, vault);
    }

    /**
     * How long a door waits for the nodes: every request's whole deadline across every node, retry and pause. Reads
     * get {@code timeout} (default 30 s); a broadcast twice that (it waits for its block, and giving up early leaves
     * its outcome unclear); one node at most half of it, so a node that drips leaves time for the next; silence a
     * third of it. The defaults are these shares of 30 s.
     *
     * @throws IllegalArgumentException below 1 s
     */
    public AppSettings withTimeout(Duration timeout) {
        if (timeout.compareTo(MIN_TIMEOUT) < 0) {
            throw new IllegalArgumentException("the timeout must be at least 1 s, got " + timeout);
        }
        RequestLimits limits = nodePolicy.limits().withReadDeadline(timeout)
                .withBroadcastDeadline(timeout.multipliedBy(2)).withAttemptTimeout(timeout.dividedBy(2))
                .withIdleTimeout(timeout.dividedBy(3));
        return withNodePolicy(nodePolicy.withLimits(limits));
    }

    /** The largest answer read from a node (default 8 MiB); a larger one fails naming the node. */
    public AppSettings withMaxResponseBytes(long bytes) {
        return withNodePolicy(nodePolicy.withLimits(nodePolicy.limits().withMaxResponseBytes(bytes)));
    }

    /** The read deadline a door gave ({@link #withTimeout}), else the default. */
    public Duration timeout() {
        return nodePolicy.limits().readDeadline();
    }

    public AppSettings withClock(Clock newClock) {
        return new AppSettings(dataDir, nodes, chainId, account, nodePolicy, newClock, vault);
    }

    public AppSettings withVault(VaultSettings newVault) {
        return new AppSettings(dataDir, nodes, chainId, account, nodePolicy, clock, newVault);
    }

    /**
     * The vault's own idle lock: a backstop for the desktop app, whose session locks after the user's chosen idle
     * time (the vault cannot see the user typing).
     */
    public AppSettings withVaultIdleBackstop(Duration idle) {
        return withVault(vault.withIdleTimeout(idle));
    }
}
