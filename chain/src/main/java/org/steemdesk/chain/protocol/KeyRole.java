package org.steemdesk.chain.protocol;

import java.util.Locale;

/** The four keys of a Steem account, by the authority they carry. */
public enum KeyRole {
    OWNER,
    ACTIVE,
    POSTING,
    MEMO;

    /** The lower-case name steemd and Steemit's login derivation use ("owner", "active", …). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KeyRole parse(String text) {
        for (KeyRole role : values()) {
            if (role.wireName().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown key role \"" + text + "\" (owner, active, posting or memo)");
    }
}
