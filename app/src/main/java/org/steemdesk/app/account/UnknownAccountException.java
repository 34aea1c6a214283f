package org.steemdesk.app.account;

import org.steemdesk.chain.protocol.AccountName;

/** The chain has no account of that name. */
public final class UnknownAccountException extends RuntimeException {
    private final AccountName account;

    public UnknownAccountException(AccountName account) {
        super("unknown account: " + account + " does not exist on the chain");
        this.account = account;
    }

    public AccountName account() {
        return account;
    }
}
