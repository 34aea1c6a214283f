package org.steemdesk.ui.keys;

import java.util.Objects;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/** One stored key as the table shows it, with how it compares with the chain. */
public record KeyRow(AccountName account, KeyRole role, PublicKey publicKey, ChainMatch chain) {
    /** How a stored key compares with the account's keys on chain. */
    public enum ChainMatch {
        /** Not checked yet. */
        UNCHECKED,
        /** The key can sign for its role on chain. */
        MATCHES,
        /** The account's keys changed since the key was stored (or the key no longer reaches the threshold). */
        DIFFERS,
        /** The node could not be asked. */
        UNKNOWN
    }

    public KeyRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(chain, "chain");
    }

    public KeyRow withChain(ChainMatch match) {
        return new KeyRow(account, role, publicKey, match);
    }
}
