package org.steemdesk.app.storage;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;

/** Delegations, withdraw routes and savings withdrawals of an account, each stored as the node's JSON array. */
public final class AccountListCache {

    private final Map<AccountList, JsonBlobTable> tables = new EnumMap<>(AccountList.class);

    public AccountListCache(CacheDatabase db) {
        for (AccountList list : AccountList.values()) {
            tables.put(list, new JsonBlobTable(db, list.table(), List.of("account")));
        }
    }

    public void put(AccountList list, AccountName account, String jsonArray, Instant fetchedAt) {
        tables.get(list).put(List.of(account.value()), jsonArray, fetchedAt);
    }

    public Optional<Cached<String>> get(AccountList list, AccountName account) {
        return tables.get(list).get(List.of(account.value()));
    }
}
