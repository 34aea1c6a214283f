package org.steemdesk.ui.settings;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodeHealth;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.RpcException;

/**
 * Asks each node on its own for the head block, once and without retries, so the settings can show every node's
 * latency, error and head-block lag, including nodes the running pool does not have yet. Blocks: call it off the
 * FX thread.
 */
final class NodeCheck {
    private static final NodePool.Settings ONE_TRY = new NodePool.Settings(Duration.ofSeconds(90),
            Duration.ofSeconds(60), 1, Duration.ZERO, Duration.ZERO);

    private final OkHttpClient client;
    private final Clock clock;

    NodeCheck(OkHttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    static NodeCheck withDefaults(Clock clock) {
        return new NodeCheck(HttpNode.defaultClient(), clock);
    }

    List<NodeHealth> check(List<URI> nodes) {
        var result = new ArrayList<NodeHealth>();
        for (URI url : nodes) {
            var pool = new NodePool(List.of(url), client, SteemJson.mapper(), clock, duration -> { },
                    RandomGenerator.getDefault(), ONE_TRY);
            try {
                new CondenserApi(pool, SteemJson.mapper()).getDynamicGlobalProperties().send();
            } catch (RpcException e) {
                // the failure is in the node's health, shown next to it
            }
            result.addAll(pool.health());
        }
        return result;
    }
}
