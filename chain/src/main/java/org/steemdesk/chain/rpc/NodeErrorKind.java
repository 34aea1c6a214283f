package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a node's error means for the caller. Classified from {@code data.name} and the message text, never from the
 * code alone: steemd reports almost every chain rejection as -32000.
 */
public enum NodeErrorKind {
    MISSING_AUTHORITY(false),
    IRRELEVANT_SIGNATURE(false),
    DUPLICATE_TRANSACTION(false),
    TRANSACTION_EXPIRED(false),
    TAPOS_MISMATCH(false),
    UNKNOWN_KEY(false),
    INVALID_PARAMS(false),
    METHOD_NOT_FOUND(false),
    ASSERT_FAILED(false),
    /** Any other chain or API rejection; deterministic, because guessing "transient" could repeat a rejected broadcast. */
    OTHER(false),
    /** jussi could not get an answer from its upstream ("Internal Error", -32603). */
    PROXY_INTERNAL_ERROR(true),
    /** jussi gave up waiting for its upstream ("Request Timeout", 1000). */
    PROXY_TIMEOUT(true),
    /** steemd was too busy to take its database lock. */
    NODE_BUSY(true);

    private final boolean transientError;

    NodeErrorKind(boolean transientError) {
        this.transientError = transientError;
    }

    public boolean isTransient() {
        return transientError;
    }

    static NodeErrorKind classify(int code, String message, JsonNode data) {
        String name = data.path("name").asText("");
        if (message.contains("Duplicate transaction check failed")) {
            return DUPLICATE_TRANSACTION;
        }
        if (name.startsWith("tx_missing_") || message.matches("(?s).*Missing (Owner|Active|Posting) Authority.*")) {
            return MISSING_AUTHORITY;
        }
        if (name.equals("tx_irrelevant_sig") || message.contains("Unnecessary signature")) {
            return IRRELEVANT_SIGNATURE;
        }
        if (name.equals("transaction_expiration_exception") || message.startsWith("transaction expiration exception")) {
            return TRANSACTION_EXPIRED;
        }
        if (name.equals("transaction_tapos_exception") || message.startsWith("transaction tapos exception")) {
            return TAPOS_MISMATCH;
        }
        if (name.equals("St12out_of_range") || message.contains("unknown key")) {
            return UNKNOWN_KEY;
        }
        if (message.contains("Could not find method") || message.contains("Could not find API")) {
            return METHOD_NOT_FOUND;
        }
        if (message.equals("Invalid parameters") || message.matches("(?s).*args\\.size\\(\\) == \\d+.*")
                || message.contains("too few arguments passed to method")) {
            return INVALID_PARAMS;
        }
        if (message.equals("Internal Error") && (code == -32603 || data.has("jussi_request_id"))) {
            return PROXY_INTERNAL_ERROR;
        }
        if (message.equals("Request Timeout")) {
            return PROXY_TIMEOUT;
        }
        if (message.contains("Unable to acquire database lock")) {
            return NODE_BUSY;
        }
        if (name.equals("assert_exception") || message.startsWith("Assert Exception")) {
            return ASSERT_FAILED;
        }
        return OTHER;
    }
}
