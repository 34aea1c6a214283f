package org.steemdesk.cli;

import org.steemdesk.app.AppContext;
import org.steemdesk.chain.protocol.AccountName;
import picocli.CommandLine.Parameters;

/**
 * The account a read command is about, mixed into each: NAME when given, else the acting account (--account, or the
 * vault's only one).
 */
final class ReadTarget {
    @Parameters(arity = "0..1", paramLabel = "NAME")
    String name;

    AccountName account(AppContext app) {
        return name == null ? app.actingAccount() : AccountName.of(name);
    }
}
