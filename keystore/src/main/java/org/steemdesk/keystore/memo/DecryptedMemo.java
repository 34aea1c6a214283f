package org.steemdesk.keystore.memo;

import org.steemdesk.chain.crypto.PublicKey;

/** A decrypted memo: its text (without the leading {@code #}), both parties' memo keys, and how it was keyed. */
public record DecryptedMemo(String text, PublicKey from, PublicKey to, long nonce, KeySchedule schedule) {
    /** The memo as steem-js's {@code memo.decode} returns it: {@code #} and the text. */
    public String withHash() {
        return "#" + text;
    }
}
