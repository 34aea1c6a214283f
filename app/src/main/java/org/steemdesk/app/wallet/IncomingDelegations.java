package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.VestingDelegation;

/**
 * Delegations an account receives. Neither steemd's condenser_api nor the fake node has a call that lists them
 * (get_vesting_delegations is by delegator), so they are found in the account's own history, where every
 * {@code delegate_vesting_shares} naming it as delegatee appears, and each delegator found is asked for its current
 * delegation to the account (a later change may not be in the part of the history read).
 */
final class IncomingDelegations {
    /** History entries read: {@link #PAGES} pages of {@link #PAGE} (the node's page limit is 1000 on Steem). */
    static final int PAGE = 1000;
    static final int PAGES = 3;
    /** Delegators checked at most; more are summed into the unlisted part. */
    static final int MAX_DELEGATORS = 100;

    private IncomingDelegations() {
    }

    static List<DelegationBook.Incoming> read(CondenserApi api, AccountName account, VestingPrice price) {
        Map<String, Instant> lastSet = new LinkedHashMap<>();
        long start = -1;
        for (int page = 0; page < PAGES; page++) {
            List<AccountHistoryEntry> entries = api.getAccountHistory(account, start, PAGE).send();
            for (int i = entries.size() - 1; i >= 0; i--) {
                AccountHistoryEntry e = entries.get(i);
                if (e.opName().equals("delegate_vesting_shares")
                        && account.value().equals(e.opBody().path("delegatee").asText())) {
                    lastSet.putIfAbsent(e.opBody().path("delegator").asText(), e.timestamp());
                }
            }
            long lowest = entries.isEmpty() ? 0 : entries.get(0).index();
            if (entries.size() < PAGE || lowest <= PAGE) {
                break;
            }
            start = lowest - 1;
        }
        List<DelegationBook.Incoming> incoming = new ArrayList<>();
        for (Map.Entry<String, Instant> found : lastSet.entrySet()) {
            if (incoming.size() >= MAX_DELEGATORS || !AccountName.isValid(found.getKey())) {
                continue;
            }
            Asset vests = api.getVestingDelegations(AccountName.of(found.getKey()), account.value(), 1).send()
                    .stream().filter(d -> d.delegatee().equals(account.value())).map(VestingDelegation::vestingShares)
                    .findFirst().orElse(Asset.zero(AssetSymbol.VESTS));
            if (!vests.isZero()) {
                incoming.add(new DelegationBook.Incoming(found.getKey(), vests, price.toSteem(vests),
                        found.getValue()));
            }
        }
        incoming.sort((a, b) -> b.vests().compareTo(a.vests()));
        return incoming;
    }
}
