package org.steemdesk.app.guard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One change to a watched account found by the guard, stored with the time it was found.
 *
 * @param id      its row in {@code cache.db} (0 before it is stored)
 * @param subject what changed: the key role, the route's or recipient's account, "" when the kind says it all
 * @param before  the value before, as plain chain text (an authority line, "25%", an amount); "" when new
 * @param after   the value after; "" when removed
 * @param txId    the transaction that made the change, when the account history shows it
 * @param own     made through Steemdesk: the transaction is in this data directory's outbox
 */
public record GuardAlert(long id, AccountName account, GuardAlertKind kind, Instant detectedAt, String subject,
                         String before, String after, Optional<String> txId, boolean own, Remedy remedy) {
    public GuardAlert {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(remedy, "remedy");
    }

    GuardAlert withId(long newId) {
        return new GuardAlert(newId, account, kind, detectedAt, subject, before, after, txId, own, remedy);
    }
}
