package org.steemdesk.app.account;

import java.util.List;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.keystore.login.AccountKeys;

/** Accounts as the chain has them now, for checks that must not rely on a cache (keys, recipients). */
public record OnChainAccounts(CondenserApi api) {

    /** @throws UnknownAccountException when the chain has no such account */
    public Account account(AccountName name) {
        List<Account> found = api.getAccounts(List.of(name)).send();
        return found.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownAccountException(name));
    }

    /** The account's authorities and memo key, to check keys and passwords against. */
    public AccountKeys keys(AccountName name) {
        Account account = account(name);
        return new AccountKeys(account.name(), account.owner(), account.active(), account.posting(), account.memoKey());
    }
}
