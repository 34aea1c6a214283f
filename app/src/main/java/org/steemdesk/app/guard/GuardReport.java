package org.steemdesk.app.guard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One pass of the guard over an account: the alerts it found (stored), or, on the first pass, only that it took the
 * snapshot later passes compare with.
 */
public record GuardReport(AccountName account, Instant checkedAt, boolean firstPass, List<GuardAlert> alerts) {
    public GuardReport {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(checkedAt, "checkedAt");
        alerts = List.copyOf(alerts);
    }
}
