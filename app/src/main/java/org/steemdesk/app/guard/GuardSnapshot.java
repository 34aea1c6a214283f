package org.steemdesk.app.guard;

import java.util.List;
import java.util.Objects;

/**
 * What the guard watches of an account at one moment, as plain text so that two snapshots compare field by field and
 * one is stored as JSON in {@code cache.db}. Absent values are empty strings.
 *
 * @param owner           the owner authority, canonical ({@link AuthorityText})
 * @param ownerChanges    entries in {@code get_owner_history} (owner changes of the last 30 days): a change and a
 *                        change back between two passes still adds one
 * @param pendingRecovery a waiting recovery-account change as {@code "name effective-time"}
 * @param routes          power-down routes as {@code "to percent auto_vest"}, sorted
 * @param powerDownRate   the weekly power-down rate ({@code vesting_withdraw_rate}), "0.000000 VESTS" when none runs
 * @param powerDownTotal  the VESTS the running power down withdraws in all ({@code to_withdraw}, raw units)
 * @param historyIndex    the newest account-history entry seen; later entries are new (-1: none yet)
 */
public record GuardSnapshot(String owner, String active, String posting, String memoKey, int ownerChanges,
                            String recoveryAccount, String pendingRecovery, List<String> routes, String powerDownRate,
                            long powerDownTotal, String proxy, long historyIndex) {
    public GuardSnapshot {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(memoKey, "memoKey");
        Objects.requireNonNull(recoveryAccount, "recoveryAccount");
        Objects.requireNonNull(pendingRecovery, "pendingRecovery");
        routes = List.copyOf(routes);
        Objects.requireNonNull(powerDownRate, "powerDownRate");
        Objects.requireNonNull(proxy, "proxy");
    }
}
