package org.steemdesk.app;

/** No node answered (offline, every node down or timing out). Callers keep what they have and try again later. */
public class NodeUnreachableException extends Exception {
    public NodeUnreachableException(String message) {
        super(message);
    }

    public NodeUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
