package org.steemdesk.app.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.ChainLimits;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.WithdrawRouteDirection;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/** Reads what the guard watches of an account from the node: its state now, and its history since the last pass. */
record ChainWatch(CondenserApi api) {
    /** History entries per request (Steem nodes allow up to 10000; 1000 keeps one answer small). */
    static final int PAGE = 1000;
    /** Pages read back at most in one pass; an older gap is not searched (the state comparison still sees it). */
    static final int MAX_PAGES = 10;

    /** The account now: its snapshot, the history entries newer than the last pass (oldest first), the price. */
    record Observation(Account account, GuardSnapshot snapshot, List<AccountHistoryEntry> fresh, VestingPrice price,
                       ChainLimits limits) {
    }

    /**
     * @param sinceIndex the newest history entry of the last pass; {@code Long.MAX_VALUE} on a first pass, which
     *                   only needs the newest index
     */
    Observation observe(Account account, long sinceIndex) {
        AccountName name = account.name();
        DynamicGlobalProperties dgp = api.getDynamicGlobalProperties().send();
        ChainLimits limits = ChainLimits.of(api.getConfig().send());
        int ownerChanges = api.getOwnerHistory(name).send().size();
        String pendingRecovery = api.findChangeRecoveryAccountRequests(List.of(name)).send().stream()
                .filter(r -> r.accountToRecover().equals(name.value()))
                .map(r -> r.recoveryAccount() + " " + r.effectiveOn()).findFirst().orElse("");
        List<String> routes = api.getWithdrawRoutes(name, WithdrawRouteDirection.OUTGOING).send().stream()
                .map(r -> r.toAccount() + " " + r.percent() + " " + r.autoVest()).sorted().toList();
        List<AccountHistoryEntry> fresh = history(name, sinceIndex);
        long newest = fresh.isEmpty() ? sinceIndex : fresh.get(fresh.size() - 1).index();
        if (sinceIndex == Long.MAX_VALUE) {
            newest = api.getAccountHistory(name, -1, 1).send().stream().mapToLong(AccountHistoryEntry::index).max()
                    .orElse(-1);
        }
        GuardSnapshot snapshot = new GuardSnapshot(AuthorityText.of(account.owner()),
                AuthorityText.of(account.active()), AuthorityText.of(account.posting()),
                account.memoKey().toString(), ownerChanges, account.recoveryAccount(), pendingRecovery, routes,
                account.vestingWithdrawRate().toString(), account.toWithdraw(), account.proxy(), newest);
        return new Observation(account, snapshot, fresh,
                new VestingPrice(dgp.totalVestingFundSteem(), dgp.totalVestingShares()), limits);
    }

    /** Entries with an index above {@code sinceIndex}, oldest first, reading back page by page. */
    private List<AccountHistoryEntry> history(AccountName name, long sinceIndex) {
        List<AccountHistoryEntry> fresh = new ArrayList<>();
        if (sinceIndex == Long.MAX_VALUE) {
            return fresh;
        }
        long start = -1;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<AccountHistoryEntry> entries = api.getAccountHistory(name, start, start < 0 ? PAGE
                    : (int) Math.min(PAGE, start)).send();
            if (entries.isEmpty()) {
                break;
            }
            entries.stream().filter(e -> e.index() > sinceIndex)
                    .filter(e -> fresh.stream().noneMatch(f -> f.index() == e.index())).forEach(fresh::add);
            long lowest = entries.stream().mapToLong(AccountHistoryEntry::index).min().orElse(0);
            if (lowest <= sinceIndex + 1 || lowest <= 1) {
                break;
            }
            start = lowest - 1;
        }
        fresh.sort(Comparator.comparingLong(AccountHistoryEntry::index));
        return fresh;
    }
}
