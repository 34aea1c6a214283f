package org.steemdesk.cli;

import java.util.List;
import org.steemdesk.chain.protocol.AccountName;
import picocli.CommandLine.Parameters;

/**
 * {@code TO AMOUNT}, mixed into the commands that send something to an account (transfer, delegate): the account and
 * the amount, given as one argument ("1.000 STEEM") or two ("1" "STEEM").
 */
final class Recipient {
    @Parameters(index = "0", paramLabel = "TO")
    String to;

    @Parameters(index = "1..*", arity = "1..2", paramLabel = "AMOUNT")
    List<String> amount;

    AccountName account() {
        return AccountName.of(to);
    }

    /** The amount as typed, its two arguments joined by a space. */
    String amountText() {
        return String.join(" ", amount);
    }
}
