package org.steemdesk.chain.rpc.model;

import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/** An exchange rate {@code base / quote}; quote is not always 1.000 STEEM, so always divide. */
public record Price(Asset base, Asset quote) {
    public Price {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
    }
}
