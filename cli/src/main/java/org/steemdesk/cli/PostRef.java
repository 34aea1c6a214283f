package org.steemdesk.cli;

import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/** AUTHOR/PERMLINK as typed on the command line (a leading @ is allowed, as in Steemit URLs). */
record PostRef(AccountName author, Permlink permlink) {
    static PostRef parse(String text) {
        String t = text.startsWith("@") ? text.substring(1) : text;
        int slash = t.indexOf('/');
        if (slash <= 0 || slash == t.length() - 1) {
            throw new CliError("cli.error.post_ref", text);
        }
        return new PostRef(AccountName.of(t.substring(0, slash)), Permlink.of(t.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return author.value() + "/" + permlink.value();
    }
}
