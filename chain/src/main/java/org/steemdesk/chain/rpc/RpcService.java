package org.steemdesk.chain.rpc;

import java.util.concurrent.CompletableFuture;

/** Something that can carry a {@link Request} to a node: one node ({@link HttpNode}) or several ({@link NodePool}). */
public interface RpcService {
    /** Sends the request and returns its typed result; blocks. */
    <T> T send(Request<T> request);

    /** Sends the request without blocking; the future fails with an {@link RpcException}. */
    <T> CompletableFuture<T> sendAsync(Request<T> request);
}
