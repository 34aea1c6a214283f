package org.steemdesk.app.wallet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.outbox.ChainPresence;
import org.steemdesk.app.outbox.TransactionStatusLookup;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;

/**
 * Finds an expired wallet transaction in the acting account's history (every wallet operation appears there). It is
 * absent for sure only when the history read reaches back before the transaction could have been included.
 */
public final class HistoryTransactionLookup implements TransactionStatusLookup {
    /** steemd's maximum transaction lifetime: nothing expiring at E can be in a block before E − 1 h. */
    private static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final int PAGE = 1000;

    private final CondenserApi api;
    private final AccountName account;

    public HistoryTransactionLookup(CondenserApi api, AccountName account) {
        this.api = Objects.requireNonNull(api, "api");
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public ChainPresence presence(String txId, Instant expiration) {
        List<AccountHistoryEntry> recent;
        try {
            recent = api.getAccountHistory(account, -1, PAGE).send();
        } catch (RpcException e) {
            return ChainPresence.UNKNOWN;
        }
        if (recent.stream().anyMatch(e -> e.trxId().equals(txId))) {
            return ChainPresence.ON_CHAIN;
        }
        boolean wholeHistory = recent.size() <= PAGE;
        boolean reachesBack = !recent.isEmpty()
                && recent.get(0).timestamp().isBefore(expiration.minus(MAX_LIFETIME));
        return wholeHistory || reachesBack ? ChainPresence.NOT_ON_CHAIN : ChainPresence.UNKNOWN;
    }
}
