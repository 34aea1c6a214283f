package org.steemdesk.app.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicLong;
import org.steemdesk.app.NodeUnreachableException;
import java.net.URI;
import java.time.Duration;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.chain.rpc.Request;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.RpcService;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * Reads from the node pool with the app's failure contract: no node answering is a checked
 * {@link NodeUnreachableException} (callers fall back to the cache), a refusal by the chain stays a runtime
 * {@link org.steemdesk.chain.rpc.NodeErrorException}. Raw reads return the node's JSON untouched, which is what the
 * cache stores.
 */
public final class NodeReader {
    private final RpcService service;
    private final ObjectMapper mapper;
    private final CondenserApi api;
    private final AtomicLong ids = new AtomicLong(1);

    public NodeReader(RpcService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
        this.api = new CondenserApi(service, mapper);
    }

    public CondenserApi api() {
        return api;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public <T> T send(Request<T> request) throws NodeUnreachableException {
        try {
            return request.send();
        } catch (RpcException e) {
            if (!e.isTransient()) {
                throw e;
            }
            throw new NodeUnreachableException("no node answered " + request.method(), e);
        }
    }

    /**
     * The chain's head from a node whose clock passed the pool's clock check, with that node and its offset from this
     * computer's clock: what signing (TaPoS, expiration) and judging (a vote's payout window) take as "now". A node
     * that lies about the time is skipped for the next one; when none passes, the failure names the node and its
     * offset ({@link NodeUnreachableException#problem()}).
     */
    public NodePool.TrustedHead trustedHead() throws NodeUnreachableException {
        try {
            if (service instanceof NodePool pool) {
                return pool.trustedHead();
            }
            // A single node that is not a pool: its head as it says, checked by whoever signs with it.
            DynamicGlobalProperties head = api.getDynamicGlobalProperties().send();
            return new NodePool.TrustedHead(URI.create("rpc:unknown"), head, Duration.ZERO);
        } catch (RpcException e) {
            if (!e.isTransient()) {
                throw e;
            }
            throw new NodeUnreachableException("no node with a believable head block time answered", e);
        }
    }

    /** {@code method} (e.g. {@code condenser_api.get_accounts}) with {@code params}, the result as the node sent it. */
    public JsonNode raw(String method, Object params) throws NodeUnreachableException {
        return send(Request.read(service, mapper, ids.getAndIncrement(), method, params, result -> result));
    }
}
