package org.steemdesk.testnode;

import com.fasterxml.jackson.databind.JsonNode;

/** One answer of a {@link TestNode} to one call. */
public sealed interface Reply {

    /** A JSON-RPC result, in an envelope carrying the call's id. */
    static Reply result(JsonNode result) {
        return new Result(result);
    }

    /** A JSON-RPC error as steemd sends it (HTTP 200, an {@code error} object with the call's id). */
    static Reply error(int code, String message) {
        return new Error(code, message);
    }

    /** HTTP 200 with exactly this body: a recorded response, a cut one, anything. */
    static Reply body(String body) {
        return new Body(body);
    }

    /** The recorded response of a fixture ({@link Recorded#response}), sent as it was. */
    static Reply recorded(String fixture) {
        return new Body(Recorded.response(fixture).toString());
    }

    /** An HTTP status other than 200 (a proxy's 502, a 429, a 503), with this body. */
    static Reply status(int code, String body) {
        return new Status(code, body);
    }

    /** The call goes wrong in this way. */
    static Reply fault(Fault fault) {
        return new Broken(fault);
    }

    record Result(JsonNode result) implements Reply {}

    record Error(int code, String message) implements Reply {}

    record Body(String body) implements Reply {}

    record Status(int code, String body) implements Reply {}

    record Broken(Fault fault) implements Reply {}
}
