package org.steemdesk.ui.keys;

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
