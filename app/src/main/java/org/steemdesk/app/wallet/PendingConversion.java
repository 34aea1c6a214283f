package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** An SBD conversion waiting for its settle time, when the chain pays STEEM at that day's median price. */
public record PendingConversion(long requestId, Asset amount, Instant settlesAt) {
    public PendingConversion {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlesAt, "settlesAt");
    }
}
