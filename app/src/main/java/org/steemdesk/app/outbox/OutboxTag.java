package org.steemdesk.app.outbox;

import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;

/**
 * Who signed a stored transaction and what the user asked for, kept beside it: the account's history is where its
 * fate is looked up after expiry, and a request with the same key is not signed again while this one is unsettled.
 *
 * @param requestKey what the user asked for, type and fields, with nothing secret in it (see the wallet's
 *                   {@code RequestKey})
 */
public record OutboxTag(AccountName account, String requestKey) {
    public OutboxTag {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(requestKey, "requestKey");
    }
}
