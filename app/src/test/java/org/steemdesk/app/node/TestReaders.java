package org.steemdesk.app.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import okhttp3.Interceptor;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.testnode.TestNode;

/** The app's reads through a pool on the shared test node alone: short timeouts, no real pauses between rounds. */
public final class TestReaders {
    private TestReaders() {}

    /** A reader whose pool gives up after one round, so that "offline" is immediate; its clock stands at now. */
    public static NodeReader reader(TestNode node, Instant now) {
        return reader(node, Clock.fixed(now, ZoneOffset.UTC), 1);
    }

    /** A reader whose pool tries {@code rounds} rounds (a second one re-sends what an unclear answer left open). */
    public static NodeReader reader(TestNode node, Clock clock, int rounds) {
        return reader(node, clock, rounds, exchange -> exchange.proceed(exchange.request()));
    }

    /** As {@link #reader(TestNode, Clock, int)}, every exchange passing through {@code interceptor} (a "kill"). */
    public static NodeReader reader(TestNode node, Clock clock, int rounds, Interceptor interceptor) {
        NodePool.Settings settings = new NodePool.Settings(Duration.ofSeconds(90), Duration.ofSeconds(60), rounds,
                Duration.ofMillis(1), Duration.ofMillis(1));
        NodePool pool = new NodePool(List.of(node.url()), HttpNode.defaultClient().newBuilder()
                .callTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5)).addInterceptor(interceptor).build(), SteemJson.mapper(),
                clock, pause -> { }, new SplittableRandom(1), settings);
        return new NodeReader(pool, SteemJson.mapper());
    }
}
