package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON-RPC error object returned by a node or a proxy in front of it: {@code {"code", "message", "data"}}.
 * {@code data} is steemd's fc exception ({@code {code, name, message, stack}}), a jussi object, or a plain string
 * (hivemind).
 */
public final class NodeErrorException extends RpcException {
    private final int code;
    private final String nodeMessage;
    private final JsonNode data;
    private final NodeErrorKind kind;

    public NodeErrorException(int code, String nodeMessage, JsonNode data) {
        super("node error " + code + ": " + nodeMessage, null);
        this.code = code;
        this.nodeMessage = Objects.requireNonNull(nodeMessage, "message");
        this.data = data == null ? MissingNode.getInstance() : data;
        this.kind = NodeErrorKind.classify(code, nodeMessage, this.data);
    }

    /** Reads a JSON-RPC {@code error} member. */
    public static NodeErrorException fromJson(JsonNode error) {
        return new NodeErrorException(error.path("code").asInt(), error.path("message").asText(""), error.get("data"));
    }

    public int code() {
        return code;
    }

    /** The node's own message text (the exception's message adds the code). */
    public String nodeMessage() {
        return nodeMessage;
    }

    /** The {@code data} member, or a missing node when there was none. */
    public JsonNode data() {
        return data;
    }

    /** steemd's exception name, e.g. {@code tx_missing_posting_auth}, when data is an fc exception. */
    public Optional<String> dataName() {
        JsonNode name = data.path("name");
        return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
    }

    public NodeErrorKind kind() {
        return kind;
    }

    public boolean isDuplicateTransaction() {
        return kind == NodeErrorKind.DUPLICATE_TRANSACTION;
    }

    @Override
    public boolean isTransient() {
        return kind.isTransient();
    }
}
