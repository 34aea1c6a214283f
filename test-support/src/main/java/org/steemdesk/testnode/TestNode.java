package org.steemdesk.testnode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * The one Steem node the tests of every module talk to: a condenser JSON-RPC server on loopback (mockwebserver3,
 * port 0). Out of the box it serves the head block (the recorded 2022 global properties, its time following a clock)
 * and answers any other method as steemd does one it lacks ({@code -32601 Could not find API}). A test adds:
 * <ul>
 *   <li>standing answers by method ({@link #answer}: a result, a function of the params, a recorded response),
 *       accounts ({@link #account}) and accepted broadcasts ({@link #acceptBroadcasts}); or one reply to every
 *       method ({@link #answerAll});</li>
 *   <li>one-shot replies that come first, in order ({@link #then}): a status, a JSON-RPC error, a cut body, a
 *       {@link Fault};</li>
 *   <li>a fault for every call until healed ({@link #fault}), a head block at any time ({@link #headAt}), and the
 *       faults below HTTP through a {@link HostileNode} in front ({@link #hostile}).</li>
 * </ul>
 * Every call that arrives is recorded ({@link #received}, {@link #calls}), answered or not.
 */
public final class TestNode extends Dispatcher implements AutoCloseable {
    public static final String GLOBAL_PROPERTIES = "condenser_api.get_dynamic_global_properties";
    public static final String GET_ACCOUNTS = "condenser_api.get_accounts";
    public static final String BROADCAST = "condenser_api.broadcast_transaction_synchronous";
    /** The block an accepted broadcast lands in ({@link #acceptBroadcasts}). */
    public static final long BROADCAST_BLOCK = 66379829;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Function<JsonNode, Reply>> answers = new HashMap<>();
    private final Map<String, Deque<Reply>> once = new HashMap<>();
    private final Map<String, JsonNode> accounts = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<HostileNode> fronts = new ArrayList<>();
    private ObjectNode globalProperties = Recorded.globalProperties(Instant.EPOCH);
    private Clock clock;
    private Reply otherwise;
    private Reply toEverything;
    private Fault fault;

    /** One request as it arrived: its method, params and id, and its exact body. */
    public record Call(String method, JsonNode params, JsonNode id, String body) {}

    private TestNode(Clock clock) {
        this.clock = clock;
        server.setDispatcher(this);
        try {
            server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node whose head block is always now (the system clock). */
    public static TestNode start() {
        return new TestNode(Clock.systemUTC());
    }

    /** A node whose head block is at {@code clock}'s time whenever it is asked. */
    public static TestNode start(Clock clock) {
        return new TestNode(clock);
    }

    /** A node whose head block stays at {@code head}. */
    public static TestNode start(Instant head) {
        return new TestNode(Clock.fixed(head, ZoneOffset.UTC));
    }

    public URI url() {
        return server.url("/").uri();
    }

    /** From now on the head block is at {@code head} (a node ahead of or behind the world). */
    public synchronized TestNode headAt(Instant head) {
        this.clock = Clock.fixed(head, ZoneOffset.UTC);
        return this;
    }

    /** Changes the head block's fields (its time still follows the clock), e.g. the vesting totals. */
    public synchronized TestNode editGlobalProperties(Consumer<ObjectNode> edit) {
        edit.accept(globalProperties);
        return this;
    }

    /** Answers {@code method} with {@code result}, every time. */
    public TestNode answer(String method, JsonNode result) {
        return answer(method, params -> result);
    }

    /** Answers {@code method} with the result {@code resultOfParams} makes of the call's params. */
    public TestNode answer(String method, Function<JsonNode, JsonNode> resultOfParams) {
        return reply(method, params -> Reply.result(resultOfParams.apply(params)));
    }

    /** Answers {@code method} with the recorded response of {@code fixture} (see {@link Recorded}). */
    public TestNode answerRecorded(String method, String fixture) {
        Reply recorded = Reply.recorded(fixture);
        return reply(method, params -> recorded);
    }

    /** Answers {@code method} with the reply {@code replyToParams} makes of the call's params, every time. */
    public synchronized TestNode reply(String method, Function<JsonNode, Reply> replyToParams) {
        answers.put(method, replyToParams);
        return this;
    }

    /** The next call of {@code method} gets {@code reply}; several are used in the order given, then the answer. */
    public synchronized TestNode then(String method, Reply reply) {
        once.computeIfAbsent(method, m -> new ArrayDeque<>()).add(reply);
        return this;
    }

    /**
     * Every call, whatever its method (the head block too), gets {@code reply} after the one-shot replies: a parser
     * test's recorded response. {@code null} ends it.
     */
    public synchronized TestNode answerAll(Reply reply) {
        this.toEverything = reply;
        return this;
    }

    /** What a method without an answer gets (instead of steemd's "Could not find API"). */
    public synchronized TestNode otherwise(Reply reply) {
        this.otherwise = reply;
        return this;
    }

    /** Every call from now on goes wrong in this way; {@code null} heals the node. */
    public synchronized TestNode fault(Fault fault) {
        this.fault = fault;
        return this;
    }

    /** Serves {@code account} (a condenser account object, see {@link Recorded#account}) to get_accounts. */
    public synchronized TestNode account(JsonNode account) {
        accounts.put(account.path("name").asText(), account);
        answer(GET_ACCOUNTS, this::accountsNamed);
        return this;
    }

    /** Broadcasts are accepted: trx 0 of block {@link #BROADCAST_BLOCK}, not expired. */
    public TestNode acceptBroadcasts() {
        ObjectNode accepted = Recorded.JSON.createObjectNode().put("id", "0".repeat(40))
                .put("block_num", BROADCAST_BLOCK).put("trx_num", 0).put("expired", false);
        return answer(BROADCAST, accepted);
    }

    /** The exact bodies of the calls of {@code method}, in the order they came. */
    public synchronized List<String> received(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).map(Call::body).toList();
    }

    /** The exact bodies of every call, in the order they came. */
    public synchronized List<String> received() {
        return calls.stream().map(Call::body).toList();
    }

    /** The calls of {@code method}, parsed, in the order they came. */
    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** A hostile node in front of this one (closed with it), whose honest answers are this node's. */
    public HostileNode hostile(HostileNode.Mode mode, Duration dripInterval) {
        try {
            HostileNode front = new HostileNode(mode, this::respond, 0, dripInterval);
            synchronized (this) {
                fronts.add(front);
            }
            return front;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This node's answer body to a request body, as an honest node would give it (the hostile node's upstream). */
    public String respond(String requestBody) {
        Call call = record(requestBody);
        Reply reply = honestReply(call);
        return reply instanceof Reply.Status status ? status.body() : body(call, reply);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Call call = record(request.getBody() == null ? "" : request.getBody().utf8());
        Fault now;
        synchronized (this) {
            now = fault;
        }
        return response(call, now != null ? Reply.fault(now) : honestReply(call));
    }

    private Call record(String body) {
        JsonNode json;
        try {
            json = Recorded.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            json = Recorded.JSON.createObjectNode();
        }
        Call call = new Call(json.path("method").asText(), json.path("params"), json.path("id"), body);
        synchronized (this) {
            calls.add(call);
        }
        return call;
    }

    private Reply honestReply(Call call) {
        Function<JsonNode, Reply> answer;
        synchronized (this) {
            Deque<Reply> queued = once.get(call.method());
            if (queued != null && !queued.isEmpty()) {
                return queued.poll();
            }
            if (toEverything != null) {
                return toEverything;
            }
            answer = answers.get(call.method());
            if (answer == null && call.method().equals(GLOBAL_PROPERTIES)) {
                ObjectNode head = globalProperties.deepCopy();
                head.put("time", Recorded.steemTime(clock.instant()));
                return Reply.result(head);
            }
            if (answer == null) {
                return otherwise != null ? otherwise
                        : Reply.error(-32601, "Could not find API " + call.method());
            }
        }
        return answer.apply(call.params());
    }

    private synchronized JsonNode accountsNamed(JsonNode params) {
        var found = Recorded.JSON.createArrayNode();
        params.path(0).forEach(name -> {
            if (accounts.containsKey(name.asText())) {
                found.add(accounts.get(name.asText()));
            }
        });
        return found;
    }

    private MockResponse response(Call call, Reply reply) {
        if (reply instanceof Reply.Status status) {
            return new MockResponse.Builder().code(status.code()).body(status.body()).build();
        }
        if (reply instanceof Reply.Broken broken) {
            return faulty(call, broken.fault());
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(body(call, reply)).build();
    }

    private MockResponse faulty(Call call, Fault fault) {
        return switch (fault) {
            case UNAVAILABLE -> new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
                    .body("<html><body><h1>503 Service Unavailable</h1></body></html>").build();
            case DROP -> new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            case STALL -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
            case TRUNCATED -> {
                String whole = body(call, honestReply(call));
                yield new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(whole.substring(0, whole.length() / 2)).build();
            }
        };
    }

    private static String body(Call call, Reply reply) {
        if (reply instanceof Reply.Body raw) {
            return raw.body();
        }
        ObjectNode envelope = Recorded.JSON.createObjectNode().put("jsonrpc", "2.0");
        envelope.set("id", call.id().isMissingNode() ? envelope.numberNode(1) : call.id());
        if (reply instanceof Reply.Result result) {
            envelope.set("result", result.result());
        } else if (reply instanceof Reply.Error error) {
            envelope.putObject("error").put("code", error.code()).put("message", error.message());
        } else {
            throw new IllegalArgumentException("no JSON body for " + reply);
        }
        return envelope.toString();
    }

    @Override
    public void close() {
        List<HostileNode> started;
        synchronized (this) {
            started = List.copyOf(fronts);
        }
        started.forEach(HostileNode::close);
        server.close();
    }

    @Override
    public String toString() {
        return "TestNode " + url();
    }
}
