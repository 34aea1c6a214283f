package org.steemdesk.app.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;

/** Account objects as a node returned them ({@code get_accounts} rows). */
public final class AccountCache {

    private final JsonBlobTable table;

    public AccountCache(CacheDatabase db) {
        this.table = new JsonBlobTable(db, "accounts", List.of("name"));
    }

    public void put(AccountName account, String json, Instant fetchedAt) {
        table.put(List.of(account.value()), json, fetchedAt);
    }

    public Optional<Cached<String>> get(AccountName account) {
        return table.get(List.of(account.value()));
    }
}
