package org.steemdesk.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.rpc.NodePool;

/**
 * A loopback node (mockwebserver3) answering with recorded real responses from {@code /fixtures}, by method. The
 * head block is the 2022 fixture with its time moved to the test's clock, so the pool accepts the node as fresh.
 */
public final class FixtureNode extends Dispatcher implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, Function<JsonNode, String>> answers = new HashMap<>();
    private final List<JsonNode> received = new ArrayList<>();
    private final Instant now;
    private volatile boolean down;

    public FixtureNode(Instant now) throws IOException {
        this.now = now;
        server.setDispatcher(this);
        server.start(0);
        answerWithResult("condenser_api.get_dynamic_global_properties", dgp(now));
    }

    public static JsonNode fixture(String name) {
        try (InputStream in = FixtureNode.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return SteemJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode dgp(Instant time) {
        ObjectNode result = (ObjectNode) fixture("get_dynamic_global_properties-2022.json").path("response")
                .path("result").deepCopy();
        result.put("time", time.toString().substring(0, 19));
        return result;
    }

    /** Answers {@code method} with the fixture file's recorded response. */
    public FixtureNode answer(String method, String fixture) {
        String body = fixture(fixture).path("response").toString();
        answers.put(method, params -> body);
        return this;
    }

    public FixtureNode answerWithResult(String method, JsonNode result) {
        return answer(method, params -> result);
    }

    public synchronized FixtureNode answer(String method, Function<JsonNode, JsonNode> result) {
        answers.put(method, params -> {
            ObjectNode envelope = SteemJson.mapper().createObjectNode().put("jsonrpc", "2.0").put("id", 1);
            envelope.set("result", result.apply(params));
            return envelope.toString();
        });
        return this;
    }

    public synchronized List<JsonNode> received(String method) {
        return received.stream().filter(r -> r.path("method").asText().equals(method)).toList();
    }

    public URI url() {
        return server.url("/").uri();
    }

    /** A reader over a one-node pool that gives up after one round, so "offline" is immediate. */
    public NodeReader reader() {
        NodePool pool = new NodePool(List.of(url()), new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5))
                .retryOnConnectionFailure(false).build(), SteemJson.mapper(), Clock.fixed(now, java.time.ZoneOffset.UTC),
                d -> { }, RandomGenerator.getDefault(), new NodePool.Settings(Duration.ofSeconds(90),
                Duration.ofSeconds(60), 1, Duration.ZERO, Duration.ZERO));
        return new NodeReader(pool, SteemJson.mapper());
    }

    /** While down, every request gets a 503 page, as from a node behind a failing proxy. */
    public FixtureNode down(boolean value) {
        down = value;
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (down) {
            return new MockResponse.Builder().code(503).body("<html>503 Service Unavailable</html>").build();
        }
        JsonNode body;
        try {
            body = SteemJson.mapper().readTree(request.getBody() == null ? "" : request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Function<JsonNode, String> answer;
        synchronized (this) {
            received.add(body);
            answer = answers.get(body.path("method").asText());
        }
        if (answer == null) {
            // What steemd says for an API it does not have (e.g. a node without rc_api).
            return new MockResponse.Builder().code(200).body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":"
                    + "-32601,\"message\":\"Could not find API " + body.path("method").asText() + "\"}}").build();
        }
        return new MockResponse.Builder().code(200).body(answer.apply(body.path("params"))).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
