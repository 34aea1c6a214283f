package org.steemdesk.app.node;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.steemdesk.app.storage.NodeHealthStore;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * Asks each node on its own for its head block, once and without retries (a check must show each node as it is,
 * including nodes the running pool does not use yet), and records what it saw: latency, head block and how far that
 * block is behind this machine's clock, or the error. Blocks: call it off the FX thread.
 */
record NodeCheck(OkHttpClient client, NodeHealthStore store, Clock clock) {

    /** The result of each node, in the order given. */
    List<NodeCheckResult> check(List<URI> urls) {
        for (URI url : urls) {
            CondenserApi api = new CondenserApi(new HttpNode(url, client, SteemJson.mapper()), SteemJson.mapper());
            long start = System.nanoTime();
            try {
                DynamicGlobalProperties head = api.getDynamicGlobalProperties().send();
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                store.recordSuccess(url.toString(), clock.instant(), millis, head.headBlockNumber(),
                        Duration.between(head.time(), clock.instant()));
            } catch (RpcException e) {
                store.recordFailure(url.toString(), clock.instant(), e.getMessage());
            }
        }
        return urls.stream().map(url -> store.get(url.toString()).orElseThrow()).toList();
    }
}
