package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One JSON-RPC call with its typed result. The body is serialized once, when the request is made, so that every
 * (re)send carries exactly the same bytes — a broadcast re-sent after an unclear outcome is then recognisably the
 * same transaction.
 */
public final class Request<T> {
    private final String method;
    private final String body;
    private final ResultReader<T> reader;
    private final T resultIfDuplicate;
    private final RpcService service;

    private Request(String method, String body, ResultReader<T> reader, T resultIfDuplicate, RpcService service) {
        this.method = method;
        this.body = body;
        this.reader = reader;
        this.resultIfDuplicate = resultIfDuplicate;
        this.service = service;
    }

    /** A read: safe to send to any node, any number of times. */
    public static <T> Request<T> read(RpcService service, ObjectMapper mapper, long id, String method, Object params,
            ResultReader<T> reader) {
        return new Request<>(method, body(mapper, id, method, params), reader, null, service);
    }

    /**
     * A broadcast: re-sent only when its outcome is unclear; a node answering "duplicate transaction" means an earlier
     * send got through, and the request then yields {@code resultIfDuplicate}.
     */
    public static <T> Request<T> broadcast(RpcService service, ObjectMapper mapper, long id, String method,
            Object params, ResultReader<T> reader, T resultIfDuplicate) {
        Objects.requireNonNull(resultIfDuplicate, "resultIfDuplicate");
        return new Request<>(method, body(mapper, id, method, params), reader, resultIfDuplicate, service);
    }

    private static String body(ObjectMapper mapper, long id, String method, Object params) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", id);
        envelope.put("method", Objects.requireNonNull(method, "method"));
        envelope.set("params", mapper.valueToTree(params));
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize params of " + method, e);
        }
    }

    public T send() {
        return service.send(this);
    }

    public CompletableFuture<T> sendAsync() {
        return service.sendAsync(this);
    }

    public String method() {
        return method;
    }

    /** The exact JSON sent, every time. */
    public String body() {
        return body;
    }

    public boolean isBroadcast() {
        return resultIfDuplicate != null;
    }

    /**
     * Whether the answer states the chain's head time ({@code get_dynamic_global_properties}, typed or raw): what
     * signing and judging read as "now", so a {@link NodePool} takes it only from a node whose clock it believes.
     */
    public boolean reportsHeadTime() {
        return method.endsWith(".get_dynamic_global_properties");
    }

    /** For a broadcast: what a "duplicate transaction" answer stands for. */
    public Optional<T> resultIfDuplicate() {
        return Optional.ofNullable(resultIfDuplicate);
    }

    /** Reads the {@code result} member; a shape we cannot read is the node's fault, so it is a transport failure. */
    T readResult(java.net.URI node, JsonNode result) {
        try {
            return reader.read(result);
        } catch (IOException | RuntimeException e) {
            throw TransportException.malformed(node, method + " result does not fit: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Request[" + method + "]";
    }
}
