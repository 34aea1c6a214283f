package org.steemdesk.ui.keys;

import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/** One stored key as the table shows it, with how it compares with the chain. */
public record KeyRow(AccountName account, KeyRole role, PublicKey publicKey, ChainMatch chain) {

    public KeyRow withChain(ChainMatch match) {
        return new KeyRow(account, role, publicKey, match);
    }
}
