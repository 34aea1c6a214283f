package org.steemdesk.app.node;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.outbox.ChainPresence;
import org.steemdesk.app.outbox.TransactionStatusLookup;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;

/**
 * Looks for a transaction id in the recent account history of the accounts that sign (condenser nodes often lack
 * {@code transaction_status_api}). A transaction with expiration {@code e} can only be in a block whose time is in
 * {@code (e - 1 h, e]}, so it is absent for sure only once the chain is past {@code e} and the history read reaches
 * back before {@code e - 1 h} (or to the account's first entry).
 */
public final class AccountHistoryStatusLookup implements TransactionStatusLookup {
    /** steemd's {@code STEEM_MAX_TIME_UNTIL_EXPIRATION}. */
    static final Duration MAX_LIFETIME = Duration.ofHours(1);
    static final int PAGE = 1000;
    /** A very busy account may need more than this; then the answer is UNKNOWN rather than a guess. */
    static final int MAX_PAGES = 20;

    private final NodeReader reader;
    private final List<AccountName> signers;

    public AccountHistoryStatusLookup(NodeReader reader, List<AccountName> signers) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.signers = List.copyOf(signers);
    }

    @Override
    public ChainPresence presence(String txId, Instant expiration) {
        try {
            boolean expired = reader.send(reader.api().getDynamicGlobalProperties()).time().isAfter(expiration);
            boolean allCovered = true;
            for (AccountName signer : signers) {
                Search search = search(signer, txId, expiration.minus(MAX_LIFETIME));
                if (search == Search.FOUND) {
                    return ChainPresence.ON_CHAIN;
                }
                allCovered &= search == Search.ABSENT;
            }
            return expired && allCovered && !signers.isEmpty() ? ChainPresence.NOT_ON_CHAIN : ChainPresence.UNKNOWN;
        } catch (NodeUnreachableException e) {
            return ChainPresence.UNKNOWN;
        }
    }

    private enum Search { FOUND, ABSENT, NOT_COVERED }

    private Search search(AccountName account, String txId, Instant earliest) throws NodeUnreachableException {
        long start = -1;
        int limit = PAGE;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<AccountHistoryEntry> entries = reader.send(reader.api().getAccountHistory(account, start, limit));
            if (entries.stream().anyMatch(e -> e.trxId().equals(txId))) {
                return Search.FOUND;
            }
            if (entries.isEmpty()) {
                return Search.ABSENT;
            }
            AccountHistoryEntry oldest = entries.get(0);
            if (oldest.index() == 0 || oldest.timestamp().isBefore(earliest)) {
                return Search.ABSENT;
            }
            start = oldest.index() - 1;
            limit = (int) Math.min(PAGE, start);
        }
        return Search.NOT_COVERED;
    }
}
