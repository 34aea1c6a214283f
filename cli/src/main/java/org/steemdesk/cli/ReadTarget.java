package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import org.steemdesk.chain.protocol.AccountName;

/** The account a read command is about: the one named, else the acting account (--account, or the vault's only one). */
final class ReadTarget {
    private ReadTarget() {
    }

    static AccountName account(AppContext app, String name) {
        return name == null ? app.actingAccount() : AccountName.of(name);
    }
}
