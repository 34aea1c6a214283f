package org.steemdesk.app.storage;

import org.steemdesk.chain.protocol.AccountName;

/** Account objects as a node returned them ({@code get_accounts} rows). */
public final class AccountCache extends KeyedJsonCache<AccountName> {

    public AccountCache(CacheDatabase db) {
        super(db, "accounts", "name", AccountName::value);
    }
}
