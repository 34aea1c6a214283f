package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.steemdesk.chain.json.SteemJson;

/**
 * A MockWebServer node that answers by JSON-RPC method: scripted responses first, then a default; its head block
 * (get_dynamic_global_properties) is at a chosen time. Records every request body by method.
 */
final class ScriptedNode extends Dispatcher implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> scripted = new HashMap<>();
    private final Map<String, List<String>> received = new HashMap<>();
    private volatile Instant headTime;

    ScriptedNode(Instant headTime) throws IOException {
        this.headTime = headTime;
        server.setDispatcher(this);
        server.start(0);
    }

    URI url() {
        return server.url("/").uri();
    }

    synchronized ScriptedNode then(String method, MockResponse response) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(response);
        return this;
    }

    ScriptedNode thenJson(String method, String body) {
        return then(method, new MockResponse.Builder().code(200).body(body).build());
    }

    synchronized List<String> received(String method) {
        return List.copyOf(received.getOrDefault(method, List.of()));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String method;
        try {
            method = SteemJson.mapper().readTree(body).path("method").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            received.computeIfAbsent(method, m -> new ArrayList<>()).add(body);
            Deque<MockResponse> queue = scripted.get(method);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
        }
        if (method.equals("condenser_api.get_dynamic_global_properties")) {
            return new MockResponse.Builder().code(200).body(dynamicGlobalProperties(headTime)).build();
        }
        return new MockResponse.Builder().code(500).body("not scripted: " + method).build();
    }

    static String dynamicGlobalProperties(Instant time) {
        JsonNode response = Fixtures.load("condenser_api/get_dynamic_global_properties-2022.json").get("response").deepCopy();
        ((ObjectNode) response.get("result")).put("time", time.toString().replace("Z", ""));
        return response.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
