package org.steemdesk.app.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A transaction signed once and kept as is: the exact JSON to broadcast, its id (hex of the first 20 bytes of
 * sha256 of the serialized transaction) and its expiration, after which it can never land.
 */
public record SignedTransactionData(String json, String txId, Instant expiration) {

    private static final Pattern TX_ID = Pattern.compile("[0-9a-f]{40}");

    public SignedTransactionData {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(expiration, "expiration");
        if (!TX_ID.matcher(txId).matches()) {
            throw new IllegalArgumentException("tx id must be 40 lowercase hex digits, got \"" + txId + "\"");
        }
    }

    @Override
    public String toString() {
        return "SignedTransactionData[txId=" + txId + ", expiration=" + expiration + "]";
    }
}
