package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Turns the {@code result} member of a JSON-RPC response into its typed value. */
@FunctionalInterface
public interface ResultReader<T> {
    T read(JsonNode result) throws IOException;
}
